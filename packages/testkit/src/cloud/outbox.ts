import type { Network } from '../network/network.js';
import { type DeviceEndpoint, type DownlinkMessage, downlinkKind } from './wire.js';

export interface OutboxDeps {
  readonly network: Network;
  readonly endpoint: (deviceId: string) => DeviceEndpoint | undefined;
  readonly deviceOfUser: (userId: string) => string | undefined;
  /** Multi-terminal login: the user's other devices still logged in. */
  readonly olderDevicesOfUser: (userId: string) => readonly string[] | undefined;
}

/** The cloud's sending side: to a device's downlink, or to whichever device a user is logged in on. */
export class Outbox {
  readonly #deps: OutboxDeps;

  constructor(deps: OutboxDeps) {
    this.#deps = deps;
  }

  toDevice(
    deviceId: string,
    message: DownlinkMessage,
    options: { origin?: string; background?: boolean; ordered?: boolean; resent?: boolean } = {},
  ): void {
    const endpoint = this.#deps.endpoint(deviceId);
    if (!endpoint) return;
    this.#deps.network.send({
      link: deviceId,
      direction: 'down',
      ...(options.origin === undefined ? {} : { origin: options.origin }),
      ...(options.background ? { background: true } : {}),
      ...(options.ordered ? { ordered: true } : {}),
      ...(options.resent ? { resent: true } : {}),
      kind: downlinkKind(message),
      payload: message,
      deliver: () => endpoint.receive(message),
    });
  }

  /** One message to many devices (a room's members), batched by the network. */
  toDevices(
    deviceIds: readonly string[],
    message: DownlinkMessage,
    options: { to: string; origin?: string },
  ): void {
    if (deviceIds.length === 0) return;
    this.#deps.network.broadcast({
      links: deviceIds,
      to: options.to,
      ...(options.origin === undefined ? {} : { origin: options.origin }),
      kind: downlinkKind(message),
      payload: message,
      deliver: (deviceId) => this.#deps.endpoint(deviceId)?.receive(message),
    });
  }

  /**
   * Sends to each user once per device holding a session of that user; `origin` (the sending
   * device) hears nothing of its own, as IM's multi-terminal sync skips the acting terminal.
   * `ordered`: pushed in the order taken (one sender's one-to-one messages on IM's long link).
   */
  toUsers(userIds: Iterable<string>, message: DownlinkMessage, origin?: string, ordered = false): void {
    const options = { ...(origin === undefined ? {} : { origin }), ...(ordered ? { ordered } : {}) };
    for (const userId of new Set(userIds)) {
      const deviceId = this.#deps.deviceOfUser(userId);
      if (deviceId === undefined) {
        this.#deps.network.undeliverable(userId, origin, downlinkKind(message), message);
        continue;
      }
      if (deviceId !== origin) this.toDevice(deviceId, message, options);
      for (const older of this.#deps.olderDevicesOfUser(userId) ?? []) {
        if (older !== origin) this.toDevice(older, message, options);
      }
    }
  }
}
