import type { JsonValue } from '../../src/index.js';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { faults } from './faults.js';
import { healAll } from './heal-all.js';
import type { MethodSpec } from './methods.js';
import { Promises } from './promises.js';
import { type Command, type CommandInput, NAMES, NEXT, NEXT2, type Step, type World } from './world.js';

/** Long enough for every timeout to have run out: invitations (30 s), link-mic/PK answers (10 s), media (8 s). */
export const TIMEOUTS_MS = 45_000;
/** After everyone leaves: their requests' own timeouts (5 s) and the cloud's reactions. */
export const TEARDOWN_MS = 20_000;

/** One user's SDK instance in a world, driven by name as the playground drives its cards. */
export interface Party<State> {
  readonly user: string;
  /** Its device's label: the user id, or `alice#2` for a user's second device (multi-terminal worlds). */
  readonly device: string;
  readonly sdk: { getSnapshot(): State } & object;
  /** Called when one of this party's calls rejects. */
  rejected(method: string, error: unknown): void;
  violations(): readonly string[];
  finish(): void;
}

/** Something an official app's user does: the app's method, its params for the record, and the call. */
export interface PeerAction {
  readonly method: string;
  readonly params: JsonValue;
  readonly run: () => Promise<unknown>;
}

/**
 * An official app's user in an interop world (official-*-party.ts). It is drawn as an actor like
 * our users, but picks what to do itself, among what its app offers in its state.
 */
export interface Peer {
  readonly user: string;
  /** Its device's label. */
  readonly device: string;
  login(): PeerAction;
  /** What it does on a step that is no fault, if its app offers anything then. */
  act(step: Step, others: readonly string[]): PeerAction | undefined;
  /** What it does to leave whatever it is in, once the world is quiet. */
  leave(): PeerAction | undefined;
  violations(): readonly string[];
}

/** What a kind of world (calls or live rooms) brings to the generic run. */
export interface WorldSpec<State, P extends Party<State>, Pe extends Peer = Peer> {
  /** The playground's user kind. */
  readonly partyKind: string;
  /** Whether a multi-terminal world gives its first user a second device with its own SDK. */
  readonly secondDevice: boolean;
  readonly methods: Readonly<Record<string, MethodSpec<State>>>;
  /** Virtual ms after healing before the world must be consistent (every timeout run out). */
  readonly quietMs: number;
  /** A view our users' adapter takes. */
  readonly view: JsonValue;
  /** What the `next` op picks from (likely.ts). */
  likely(state: State): readonly string[];
  newParty(cloud: FakeCloud, user: string, promises: Promises): P;
  /** Interop worlds: the official app's user (`world.peer`). */
  newPeer?(cloud: FakeCloud, user: string, kit: string): Pe;
  /** Each party's calls that leave whatever it is in (hangup, exitRoom ...), by its state. */
  leave(party: P): { method: string; params: JsonValue }[];
  /** Checked once the network is healed and every timeout has run out, before anyone leaves. */
  checkQuiet(cloud: FakeCloud, parties: readonly P[], peer: Pe | undefined): string[];
  /** Checked at the very end, after everyone left; what it does in the cloud goes to `record`. */
  checkEnd(
    cloud: FakeCloud,
    parties: readonly P[],
    record: (command: CommandInput) => void,
    peer: Pe | undefined,
  ): Promise<string[]>;
}

export interface WorldResult {
  readonly violations: string[];
  /** Everything done, in the playground's command format. */
  readonly commands: readonly Command[];
  readonly cloud: FakeCloud;
}

/** The world's users: ours, and the official app's user of an interop world. */
function usersOf(world: World): { names: readonly string[]; users: readonly string[]; peer?: string } {
  const names = NAMES.slice(0, world.users + (world.peer ? 1 : 0));
  const peer = world.peer && names[world.peer.user % names.length];
  return { names, users: names.filter((n) => n !== peer), ...(peer ? { peer } : {}) };
}

export async function runWorld<State, P extends Party<State>, Pe extends Peer>(
  world: World,
  spec: WorldSpec<State, P, Pe>,
  trace: boolean,
): Promise<WorldResult> {
  const cloud = createFakeCloud({
    seed: world.seed,
    latencyMs: world.latencyMs,
    jitterMs: world.jitterMs,
    multiTerminal: world.multiTerminal,
    trace,
  });
  const commands: Command[] = [];
  const record = (command: CommandInput) => commands.push({ t: cloud.clock.now(), ...command } as Command);
  const promises = new Promises();
  const { names, users, peer: peerUser } = usersOf(world);
  const parties = users.map((user) => {
    record({ op: 'addUser', user, kind: spec.partyKind });
    return spec.newParty(cloud, user, promises);
  });
  if (world.multiTerminal && spec.secondDevice) {
    const user = users[0] as string;
    const party = spec.newParty(cloud, user, promises);
    record({ op: 'addDevice', user, device: party.device });
    parties.push(party);
  }
  const invoke = (party: P, method: string, params: JsonValue) => {
    record({ op: 'invoke', user: party.device, method, params });
    const fn = (party.sdk as Record<string, unknown>)[method] as (p: JsonValue) => Promise<unknown>;
    promises.track(`${party.device}.${method}`, fn.call(party.sdk, params), (error) =>
      party.rejected(method, error),
    );
  };
  const peer =
    peerUser === undefined || !world.peer ? undefined : spec.newPeer?.(cloud, peerUser, world.peer.kit);
  if (peer) record({ op: 'addUser', user: peer.device, kind: 'official' });
  const perform = (action: PeerAction | undefined) => {
    if (!peer || !action) return;
    record({ op: 'peer', user: peer.device, method: action.method, params: action.params });
    promises.track(`${peer.device}.${action.method}`, action.run());
  };
  const sdkAppId = cloud.options.sdkAppId;

  for (const party of parties)
    invoke(party, 'login', { sdkAppId, userId: party.user, userSig: 'playground' });
  perform(peer?.login());
  for (const step of world.steps) {
    // Steps 0 ms apart run in one tick, as the playground replays commands of the same time.
    if (step.dt > 0) await cloud.advance(step.dt);
    const actor = step.actor % (parties.length + (peer ? 1 : 0));
    const party = parties[actor];
    const self = party?.user ?? (peer as Pe).user;
    const others = names.filter((u) => u !== self);
    const other = others[step.target % others.length] as string;
    const fault = faults[step.op];
    if (!party) {
      if (fault) record(fault.apply({ cloud, self, device: (peer as Pe).device, other, step }));
      else perform(peer?.act(step, others));
      continue;
    }
    const stateOf = (user: string) => parties[users.indexOf(user)]?.sdk.getSnapshot();
    const view = spec.view;
    const call = (op: string | undefined) => {
      const method = op === undefined ? undefined : spec.methods[op];
      if (op === undefined || !method) return;
      const state = party.sdk.getSnapshot();
      invoke(party, op, method.params({ self, other, others, step, state, stateOf, sdkAppId, view }));
    };
    const likely = step.op === NEXT || step.op === NEXT2 ? spec.likely(party.sdk.getSnapshot()) : [];
    if (step.op === NEXT || step.op === NEXT2) {
      call(likely[Math.floor(step.amount * likely.length)]);
      // Two plausible calls in one tick: the races an app makes with two quick taps.
      if (step.op === NEXT2) call(likely[step.target % Math.max(1, likely.length)]);
    } else if (spec.methods[step.op]) {
      call(step.op);
    } else {
      if (!fault) throw new Error(`no method or fault ${step.op}`);
      record(fault.apply({ cloud, self, device: party.device, other, step }));
    }
  }

  for (const command of healAll(cloud, commands)) record(command);
  await cloud.advance(spec.quietMs);
  const violations = spec.checkQuiet(cloud, parties, peer).map((v) => `when quiet: ${v}`);

  for (const party of parties)
    for (const { method, params } of spec.leave(party)) invoke(party, method, params);
  perform(peer?.leave());
  await cloud.advance(TEARDOWN_MS);
  violations.push(...(await spec.checkEnd(cloud, parties, record, peer)).map((v) => `at the end: ${v}`));
  violations.push(...(peer?.violations() ?? []));
  for (const party of parties) {
    party.finish();
    violations.push(...party.violations());
  }
  for (const label of promises.pending()) violations.push(`a promise never settled: ${label}`);
  return { violations, commands, cloud };
}
