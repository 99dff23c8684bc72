import type { NetworkQuality } from '@trtc-smart/core';
import type { VirtualClock } from '../clock/virtual-clock.js';
import { type JsonValue, type Trace, toJson } from '../cloud/trace.js';
import type { SeededRandom } from '../random/seeded-random.js';
import { checkLinkConfig, type LinkConfig, qualityOf } from './link-config.js';

/** One hop: a device's uplink to the cloud, or the cloud's downlink to a device. */
export interface Hop {
  /** The device whose link carries the hop. */
  readonly link: string;
  readonly direction: 'up' | 'down';
  /** For a downlink relaying another device's action: that device (cuts apply between the two). */
  readonly origin?: string;
  readonly kind: string;
  /** What travels; copied into the trace when it records (a later change to it cannot alter the trace). */
  readonly payload: unknown;
  /** Periodic media statistics: delivered like the rest but never keep settle() waiting. */
  readonly background?: boolean;
  /**
   * One connection with sequence numbers: hops on this link in this direction arrive in the order
   * sent, whatever the jitter, and are never duplicated. A TRTC room's events to a member, and a
   * TRTC client's room commands to the cloud (its SDK sends them in the order it was given them).
   */
  readonly ordered?: boolean;
  /**
   * The cloud's own notice: a TRTC room's events (sent from the room's state), IM's kick and
   * userSig-expiry notices (pushed over its long connection, found by its heartbeat if lost). A
   * loss on a link that stays up is resent, so it comes late but never not at all, and a cut
   * between two users does not stop it. Only a link going down loses it: once back, the SDK syncs
   * the room's users, and IM's relogin tells of the kick or the expiry.
   */
  readonly resent?: boolean;
  readonly deliver: () => void;
}

/** One message to many devices (a room's fan-out): one timer per arrival time, not one per member. */
export interface Broadcast {
  readonly links: readonly string[];
  /** The device whose action this relays (cuts apply between it and each member). */
  readonly origin?: string;
  /** Names the audience in the trace, e.g. `room:42`. */
  readonly to: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly deliver: (link: string) => void;
}

export interface NetworkDeps {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly trace: Trace;
  readonly defaults: LinkConfig;
  /** The user a device is logged in as, so faults can name users as well as devices. */
  readonly identityOf: (deviceId: string) => string | undefined;
  readonly deviceIds: () => Iterable<string>;
}

/** A TRTC room connection's retransmission timeout: what each loss of a room event costs it. */
const RESEND_MS = 200;
/** Past this many resends in a row a real connection would reconnect and resync; the event is late either way. */
const MAX_RESENDS = 10;

/**
 * Star topology: each device talks to the cloud over its own link; user-to-user traffic is an
 * uplink hop then a downlink hop. Fault targets (`key`) name a device or a logged-in userId.
 */
export class Network {
  readonly #deps: NetworkDeps;
  #global: LinkConfig;
  readonly #perKey = new Map<string, Partial<LinkConfig>>();
  readonly #partitioned = new Set<string>();
  readonly #offline = new Set<string>();
  readonly #cuts: [string, string][] = [];
  readonly #linkUp = new Map<string, boolean>();
  readonly #listeners: ((deviceId: string, up: boolean) => void)[] = [];
  /** Per link: when the last broadcast arrives, so a room's messages arrive in the order sent. */
  readonly #broadcastTail = new Map<string, number>();
  /** Per link and direction (`down:alice`), when its last ordered hop arrives. */
  readonly #orderedTail = new Map<string, number>();
  #inFlight = 0;
  #nextId = 1;

  constructor(deps: NetworkDeps) {
    this.#deps = deps;
    this.#global = deps.defaults;
  }

  /** Changes the global link settings, or one device's / user's when `key` is given. */
  configure(config: Partial<LinkConfig>, key?: string): void {
    checkLinkConfig(config);
    if (key === undefined) this.#global = { ...this.#global, ...config };
    else this.#perKey.set(key, { ...this.#perKey.get(key), ...config });
    this.#fault('configure', { config: toJson(config), key: key ?? null });
  }

  /** The link drops everything, both ways, until heal(). */
  partition(key: string): void {
    this.#partitioned.add(key);
    this.#fault('partition', { key });
  }

  heal(key: string): void {
    this.#partitioned.delete(key);
    this.#fault('heal', { key });
  }

  setOnline(key: string, online: boolean): void {
    if (online) this.#offline.delete(key);
    else this.#offline.add(key);
    this.#fault('setOnline', { key, online });
  }

  /** Messages relayed between these two are dropped (each still reaches the cloud). */
  cut(a: string, b: string): void {
    this.#cuts.push([a, b]);
    this.#fault('cut', { a, b });
  }

  uncut(a: string, b: string): void {
    for (let i = this.#cuts.length - 1; i >= 0; i--) {
      const [x, y] = this.#cuts[i] as [string, string];
      if ((x === a && y === b) || (x === b && y === a)) this.#cuts.splice(i, 1);
    }
    this.#fault('uncut', { a, b });
  }

  linkConfig(deviceId: string): LinkConfig {
    if (this.#perKey.size === 0) return this.#global;
    const identity = this.#deps.identityOf(deviceId);
    const byUser = identity === undefined ? undefined : this.#perKey.get(identity);
    return { ...this.#global, ...byUser, ...this.#perKey.get(deviceId) };
  }

  isUp(deviceId: string): boolean {
    if (this.#partitioned.size === 0 && this.#offline.size === 0) return true;
    return !this.#matchesAny(deviceId, this.#partitioned) && !this.#matchesAny(deviceId, this.#offline);
  }

  quality(deviceId: string): NetworkQuality {
    return qualityOf(this.linkConfig(deviceId), this.isUp(deviceId));
  }

  /** Messages sent and not yet delivered or dropped (background statistics excluded). */
  inFlight(): number {
    return this.#inFlight;
  }

  onLinkChange(listener: (deviceId: string, up: boolean) => void): void {
    this.#listeners.push(listener);
  }

  /** Re-evaluates which links are up (after a fault), or one device's (after a login changed who it is). */
  refresh(deviceId?: string): void {
    for (const id of deviceId === undefined ? this.#deps.deviceIds() : [deviceId]) {
      const up = this.isUp(id);
      const before = this.#linkUp.get(id) ?? true;
      this.#linkUp.set(id, up);
      if (up !== before) for (const listener of this.#listeners) listener(id, up);
    }
  }

  send(hop: Hop): void {
    const id = this.#nextId++;
    const from = hop.direction === 'up' ? hop.link : (hop.origin ?? 'cloud');
    const to = hop.direction === 'up' ? 'cloud' : hop.link;
    const base = { id, from, to, kind: hop.kind, payload: this.#deps.trace.copy(hop.payload) };
    const config = this.linkConfig(hop.link);
    const { trace, random } = this.#deps;
    if (!this.isUp(hop.link)) {
      trace.record({ type: 'send', ...base });
      trace.record({ type: 'drop', ...base, reason: 'partition' });
      return;
    }
    const relayed = hop.direction === 'down' && hop.origin !== undefined && !hop.resent;
    if (relayed && this.#isCut(hop.origin as string, hop.link)) {
      trace.record({ type: 'send', ...base });
      trace.record({ type: 'drop', ...base, reason: 'cut' });
      return;
    }
    const resends = hop.resent ? this.#resends(config.loss) : 0;
    const lost = !hop.resent && random.chance(config.loss);
    let delayMs =
      config.latencyMs + (config.jitterMs > 0 ? random.int(config.jitterMs) : 0) + resends * RESEND_MS;
    if (hop.ordered && !lost) {
      const now = this.#deps.clock.now();
      const key = `${hop.direction}:${hop.link}`;
      const due = Math.max(now + delayMs, this.#orderedTail.get(key) ?? 0);
      this.#orderedTail.set(key, due);
      delayMs = due - now;
    }
    trace.record({ type: 'send', ...base, delayMs, ...(resends > 0 ? { resends } : {}) });
    if (lost) {
      trace.record({ type: 'drop', ...base, reason: 'loss' });
      return;
    }
    this.#schedule(hop, base, delayMs);
    if (!hop.ordered && random.chance(config.duplicate)) {
      const copyDelay = config.latencyMs + (config.jitterMs > 0 ? random.int(config.jitterMs) : 0);
      trace.record({ type: 'duplicate', ...base, delayMs: copyDelay });
      this.#schedule(hop, base, copyDelay);
    }
  }

  /**
   * Fans a message out to many links, under each link's faults and latency, in order per link
   * (IM keeps a room's messages in order; duplicates are dropped by its sequence numbers). Members
   * arriving at the same virtual time share one timer, so a room of 10,000 costs a few timers.
   */
  broadcast(batch: Broadcast): void {
    const { clock, random, trace } = this.#deps;
    const now = clock.now();
    const base = {
      id: this.#nextId++,
      from: batch.origin ?? 'cloud',
      kind: batch.kind,
      payload: trace.copy(batch.payload),
    };
    trace.record({ type: 'send', ...base, to: batch.to, recipients: batch.links.length });
    const byDue = new Map<number, string[]>();
    for (const link of batch.links) {
      const reason = this.#blocked(link, batch.origin);
      const config = this.linkConfig(link);
      if (reason === undefined && random.chance(config.loss)) {
        trace.record({ type: 'drop', ...base, to: link, reason: 'loss' });
        continue;
      }
      if (reason !== undefined) {
        trace.record({ type: 'drop', ...base, to: link, reason });
        continue;
      }
      const arrival = now + config.latencyMs + (config.jitterMs > 0 ? random.int(config.jitterMs) : 0);
      const due = Math.max(arrival, this.#broadcastTail.get(link) ?? 0);
      this.#broadcastTail.set(link, due);
      const group = byDue.get(due);
      if (group) group.push(link);
      else byDue.set(due, [link]);
    }
    for (const due of [...byDue.keys()].sort((a, b) => a - b)) {
      const links = byDue.get(due) as string[];
      this.#inFlight++;
      clock.setTimeout(() => {
        this.#inFlight--;
        let delivered = 0;
        for (const link of links) {
          if (!this.isUp(link)) {
            trace.record({ type: 'drop', ...base, to: link, reason: 'partition' });
            continue;
          }
          delivered++;
          batch.deliver(link);
        }
        trace.record({ type: 'deliver', ...base, to: batch.to, recipients: delivered });
      }, due - now);
    }
  }

  /** How many times a resent hop is lost before it gets through (bounded: loss 1 still delivers, late). */
  #resends(loss: number): number {
    let resends = 0;
    while (resends < MAX_RESENDS && this.#deps.random.chance(loss)) resends++;
    return resends;
  }

  #blocked(link: string, origin: string | undefined): 'partition' | 'cut' | undefined {
    if (!this.isUp(link)) return 'partition';
    if (origin !== undefined && this.#isCut(origin, link)) return 'cut';
    return undefined;
  }

  /** A message for a user with no session: IM keeps nothing for it here, so it is dropped. */
  undeliverable(to: string, origin: string | undefined, kind: string, payload: unknown): void {
    const base = {
      id: this.#nextId++,
      from: origin ?? 'cloud',
      to,
      kind,
      payload: this.#deps.trace.copy(payload),
    };
    this.#deps.trace.record({ type: 'drop', ...base, reason: 'notLoggedIn' });
  }

  #schedule(
    hop: Hop,
    base: { id: number; from: string; to: string; kind: string; payload: JsonValue },
    delay: number,
  ) {
    if (!hop.background) this.#inFlight++;
    this.#deps.clock.setTimeout(() => {
      if (!hop.background) this.#inFlight--;
      // A link that went down while the message travelled loses it.
      if (!this.isUp(hop.link)) {
        this.#deps.trace.record({ type: 'drop', ...base, reason: 'partition' });
        return;
      }
      this.#deps.trace.record({ type: 'deliver', ...base });
      hop.deliver();
    }, delay);
  }

  #matches(deviceId: string, key: string): boolean {
    return deviceId === key || this.#deps.identityOf(deviceId) === key;
  }

  #matchesAny(deviceId: string, keys: ReadonlySet<string>): boolean {
    for (const key of keys) if (this.#matches(deviceId, key)) return true;
    return false;
  }

  #isCut(a: string, b: string): boolean {
    if (this.#cuts.length === 0) return false;
    return this.#cuts.some(
      ([x, y]) =>
        (this.#matches(a, x) && this.#matches(b, y)) || (this.#matches(a, y) && this.#matches(b, x)),
    );
  }

  #fault(action: string, payload: JsonValue): void {
    this.#deps.trace.record({ type: 'fault', action, payload });
    this.refresh();
  }
}
