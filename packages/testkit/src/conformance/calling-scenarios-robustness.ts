import { type CallingEvent, createCalling, ErrorCode, type Rect } from '@trtc-smart/core';
import { type SeedError, toSeedModule } from '@trtc-smart/core/seed';
import { check, checkEqual } from './assert.js';
import { type CallingParty, loggedInParties, step } from './calling-party.js';
import { connected, endReasons, status, VIDEO } from './calling-scenario-kit.js';
import type { CallingHarness, Scenario } from './harness.js';

/** Determinism, the seed callback API, and duplicated, reordered or lost signaling. */
export const callRobustnessScenarios: readonly Scenario<CallingHarness>[] = [
  {
    name: 'the same seed gives the same trace and the same events',
    async run(harness) {
      const once = async () => {
        const world = harness.world({ seed: 7, jitterMs: 15 });
        const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
        await connected(world, a, b);
        await world.cloud.advance(3_000);
        await step(world, () => a.calling.hangup());
        return { trace: world.cloud.exportTrace(), events: JSON.stringify([a.events, b.events]) };
      };
      const [first, second] = [await once(), await once()];
      checkEqual(first.events, second.events, 'events');
      check(first.trace === second.trace, 'traces are identical');
    },
  },
  {
    name: 'the seed callback API: a whole call through toSeedModule, errors as {code, msg}',
    async run(harness) {
      const world = harness.world();
      const user = (userId: string) => {
        const module = toSeedModule(createCalling({ adapter: world.adapter(userId) }));
        const heard: CallingEvent[] = [];
        module.setCallingListener({}, (ret) => ret && heard.push(ret));
        return { module, heard };
      };
      /** Calls a seed method and returns what its callback got once the network settled. */
      const seedCall = async (run: (cb: (ret: unknown, err?: SeedError) => void) => void) => {
        let got: { ret: unknown; err: SeedError | undefined } | undefined;
        run((ret, err) => {
          got = { ret, err };
        });
        await world.cloud.settle();
        check(got, 'the callback was called');
        return got;
      };
      const a = user('alice');
      const b = user('bob');
      checkEqual(
        await seedCall((cb) => a.module.init({}, cb)),
        { ret: { status: true }, err: undefined },
        'init',
      );
      for (const [u, userId] of [
        [a, 'alice'],
        [b, 'bob'],
      ] as const) {
        const userSig = await world.userSig(userId);
        const login = await seedCall((cb) =>
          u.module.login({ sdkAppId: world.sdkAppId, userId, userSig }, cb),
        );
        checkEqual(login.ret, { status: true }, `${userId} login`);
      }
      // Untyped seed code may leave `type` out: the callback gets the typed API's error.
      const bad = await seedCall((cb) => a.module.call({ userId: 'bob' } as never, cb));
      checkEqual(
        bad,
        {
          ret: null,
          err: { code: ErrorCode.INVALID_PARAMETER, msg: 'type: must be 1 (video) or 2 (audio)' },
        },
        'bad call',
      );
      checkEqual(
        (await seedCall((cb) => a.module.call({ userId: 'bob', type: 1 }, cb))).ret,
        { status: true },
        'call',
      );
      checkEqual(
        b.heard.filter((e) => e.eventType === 'onInvited'),
        [{ eventType: 'onInvited', sponsor: 'alice', userIdList: ['bob'], isFromGroup: false, callType: 1 }],
        'listener got onInvited',
      );
      checkEqual((await seedCall((cb) => b.module.accept({}, cb))).ret, { status: true }, 'accept');
      const opened = await seedCall((cb) =>
        // The world's view stands in for the seed's rect (the fake cloud's views are rects).
        a.module.openCamera({ isFront: true, rect: world.view('alice') as Rect }, cb),
      );
      checkEqual(opened.ret, { status: true }, 'openCamera with rect');
      const wrong = await seedCall((cb) => b.module.accept({}, cb));
      checkEqual(wrong.err?.code, ErrorCode.INVALID_STATE, 'accept while in a call');
      checkEqual((await seedCall((cb) => a.module.hangup({}, cb))).ret, { status: true }, 'hangup');
      check(
        b.heard.some((e) => e.eventType === 'onCallEnd'),
        'callee heard onCallEnd',
      );
      checkEqual(
        (await seedCall((cb) => b.module.removeCallingListener({}, cb))).ret,
        { status: true },
        'remove listener',
      );
      const heardBefore = b.heard.length;
      await seedCall((cb) => a.module.call({ userId: 'bob', type: 2 }, cb));
      checkEqual(b.heard.length, heardBefore, 'a removed listener hears nothing');
      checkEqual((await seedCall((cb) => a.module.destroy({}, cb))).ret, { status: true }, 'destroy');
      checkEqual(
        (await seedCall((cb) => a.module.call({ userId: 'bob', type: 2 }, cb))).err?.code,
        ErrorCode.DESTROYED,
        'after destroy',
      );
    },
  },
  {
    name: 'duplicated and reordered signaling: every event still arrives exactly once',
    async run(harness) {
      const world = harness.world({ seed: 3, jitterMs: 30 });
      world.cloud.network.configure({ duplicate: 0.5 });
      const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
      await connected(world, a, b);
      await step(world, () => a.calling.openCamera({ isFront: true, view: world.view('alice') }));
      await step(world, () => b.calling.hangup());
      checkEqual(
        [endReasons(a), endReasons(b)],
        [['remoteHangup'], ['localHangup']],
        'the call connected and ended once',
      );
      for (const p of [a, b]) {
        const types = p.timeline();
        checkEqual(types.length, new Set(types).size, `${p.userId} saw no event twice (${types.join(', ')})`);
      }
    },
  },
  {
    name: 'a lossy network never leaves a call half-open',
    async run(harness) {
      for (const seed of [1, 2, 3, 4, 5]) {
        const world = harness.world({ seed });
        const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
        world.cloud.network.configure({ loss: 0.3 });
        const tryStep = (run: () => Promise<void>) => step(world, run).catch(() => undefined);
        await tryStep(() => a.calling.call({ userId: 'bob', type: VIDEO }));
        await world.cloud.advance(1_000);
        if (status(b) === 'ringing') await tryStep(() => b.calling.accept());
        await world.cloud.advance(5_000);
        for (const p of [a, b]) if (status(p) !== 'idle') await tryStep(() => p.calling.hangup());
        world.cloud.network.configure({ loss: 0 });
        await world.cloud.advance(60_000);
        await world.cloud.settle();
        checkEqual([status(a), status(b)], ['idle', 'idle'], `seed ${seed}: both idle`);
        const roomId = a.calling.getSnapshot().lastCall?.roomId ?? 0;
        checkEqual(world.cloud.roomMembers(roomId), [], `seed ${seed}: the room is empty`);
        for (const p of [a, b])
          checkEqual(p.of('onCallEnd').length <= 1, true, `seed ${seed}: ${p.userId} ended at most once`);
      }
    },
  },
];
