import type { JsonValue } from '../../src/index.js';
import { createFakeCloud, type FakeCloud } from '../../src/index.js';
import { faults } from './faults.js';
import { healAll } from './heal-all.js';
import type { MethodSpec } from './methods.js';
import { Promises } from './promises.js';
import { type Command, type CommandInput, NAMES, NEXT, NEXT2, type World } from './world.js';

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

/** What a kind of world (calls or live rooms) brings to the generic run. */
export interface WorldSpec<State, P extends Party<State>> {
  /** The playground's user kind. */
  readonly partyKind: string;
  /** Whether a multi-terminal world gives its first user a second device with its own SDK. */
  readonly secondDevice: boolean;
  readonly methods: Readonly<Record<string, MethodSpec<State>>>;
  /** Virtual ms after healing before the world must be consistent (every timeout run out). */
  readonly quietMs: number;
  /** What the `next` op picks from (likely.ts). */
  likely(state: State): readonly string[];
  newParty(cloud: FakeCloud, user: string, promises: Promises): P;
  /** Each party's calls that leave whatever it is in (hangup, exitRoom ...), by its state. */
  leave(party: P): { method: string; params: JsonValue }[];
  /** Checked once the network is healed and every timeout has run out, before anyone leaves. */
  checkQuiet(cloud: FakeCloud, parties: readonly P[]): string[];
  /** Checked at the very end, after everyone left; what it does in the cloud goes to `record`. */
  checkEnd(
    cloud: FakeCloud,
    parties: readonly P[],
    record: (command: CommandInput) => void,
  ): Promise<string[]>;
}

export interface WorldResult {
  readonly violations: string[];
  /** Everything done, in the playground's command format. */
  readonly commands: readonly Command[];
  readonly cloud: FakeCloud;
}

export async function runWorld<State, P extends Party<State>>(
  world: World,
  spec: WorldSpec<State, P>,
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
  const users: readonly string[] = NAMES.slice(0, world.users);
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
  const sdkAppId = cloud.options.sdkAppId;

  for (const party of parties)
    invoke(party, 'login', { sdkAppId, userId: party.user, userSig: 'playground' });
  for (const step of world.steps) {
    // Steps 0 ms apart run in one tick, as the playground replays commands of the same time.
    if (step.dt > 0) await cloud.advance(step.dt);
    const party = parties[step.actor % parties.length] as P;
    const self = party.user;
    const others = users.filter((u) => u !== self);
    const other = others[step.target % others.length] as string;
    const stateOf = (user: string) => (parties[users.indexOf(user)] as P).sdk.getSnapshot();
    const call = (op: string | undefined) => {
      const method = op === undefined ? undefined : spec.methods[op];
      if (op === undefined || !method) return;
      const state = party.sdk.getSnapshot();
      invoke(party, op, method.params({ self, other, others, step, state, stateOf, sdkAppId }));
    };
    const likely = step.op === NEXT || step.op === NEXT2 ? spec.likely(party.sdk.getSnapshot()) : [];
    if (step.op === NEXT || step.op === NEXT2) {
      call(likely[Math.floor(step.amount * likely.length)]);
      // Two plausible calls in one tick: the races an app makes with two quick taps.
      if (step.op === NEXT2) call(likely[step.target % Math.max(1, likely.length)]);
    } else if (spec.methods[step.op]) {
      call(step.op);
    } else {
      const fault = faults[step.op];
      if (!fault) throw new Error(`no method or fault ${step.op}`);
      record(fault.apply({ cloud, self, device: party.device, other, step }));
    }
  }

  for (const command of healAll(cloud, commands)) record(command);
  await cloud.advance(spec.quietMs);
  const violations = spec.checkQuiet(cloud, parties).map((v) => `when quiet: ${v}`);

  for (const party of parties)
    for (const { method, params } of spec.leave(party)) invoke(party, method, params);
  await cloud.advance(TEARDOWN_MS);
  violations.push(...(await spec.checkEnd(cloud, parties, record)).map((v) => `at the end: ${v}`));
  for (const party of parties) {
    party.finish();
    violations.push(...party.violations());
  }
  for (const label of promises.pending()) violations.push(`a promise never settled: ${label}`);
  return { violations, commands, cloud };
}
