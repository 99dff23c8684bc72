import { DEFAULT_RECONNECT_GRACE_MS, ErrorCode } from '@trtc-smart/core';
import { check, checkEqual } from './assert.js';
import { step } from './calling-party.js';
import type { LiveRoomHarness, Scenario } from './harness.js';
import { coHost, exited, goLive, type Party, parties, watch } from './live-scenario-kit.js';

/** A room's life at scale and under loss: messages to 10,000 members, destruction, an anchor off the network. */
export const liveRoomLifeScenarios: readonly Scenario<LiveRoomHarness>[] = [
  {
    name: 'room messages with 10,000 audience members: each arrives exactly once, in order per sender',
    async run(harness) {
      // Nothing here reads the trace, and recording 60,000 hops would cost more than making them.
      const world = harness.world({ jitterMs: 15, trace: false });
      const [a, s, w] = (await parties(world, 'anchor', 'speaker', 'watcher')) as [Party, Party, Party];
      await goLive(world, a, 50);
      await watch(world, s, 50);
      await watch(world, w, 50);
      // The crowd joins at the port level (what a createLiveRoom does on enterRoom), so the run
      // measures the adapter's fan-out, not 10,000 state machines; `watcher` checks core on top.
      const crowd = Array.from({ length: 10_000 }, (_, i) => {
        const userId = `v${i}`;
        const adapter = world.adapter(userId);
        const heard: string[] = [];
        adapter.liveSignaling.events$.subscribe((e) => {
          if (e.type === 'roomMessage')
            heard.push(e.message.kind === 'text' ? e.message.text : e.message.message);
        });
        return { userId, adapter, heard };
      });
      const joins = Promise.all(
        crowd.map(async ({ userId, adapter }) => {
          await adapter.session.login({
            sdkAppId: world.sdkAppId,
            userId,
            userSig: await world.userSig(userId),
          });
          await adapter.liveSignaling.enterRoom({ roomId: 50 });
          await adapter.liveMedia.enterRoom({ roomId: 50, userId, role: 'audience' });
        }),
      );
      await world.cloud.settle();
      await joins;
      const sends: Promise<void>[] = [];
      for (let i = 0; i < 5; i++) {
        sends.push(a.room.sendRoomTextMsg({ msg: `a${i}` }));
        sends.push(s.room.sendRoomCustomMsg({ cmd: 'CMD_LIKE', msg: `s${i}` }));
      }
      await world.cloud.settle();
      await Promise.all(sends);
      const expected = (prefix: string) => [0, 1, 2, 3, 4].map((i) => `${prefix}${i}`).join();
      for (const { userId, heard } of crowd) {
        const fromA = heard.filter((m) => m.startsWith('a')).join();
        const fromS = heard.filter((m) => m.startsWith('s')).join();
        if (heard.length !== 10 || fromA !== expected('a') || fromS !== expected('s')) {
          checkEqual(heard, ['a0..a4 and s0..s4, each once, in order per sender'], `messages at ${userId}`);
        }
      }
      checkEqual(
        w
          .of('onRecvRoomTextMsg')
          .map((e) => e.message)
          .join(),
        expected('a'),
        "the watcher's onRecvRoomTextMsg",
      );
      checkEqual(
        w.of('onRecvRoomCustomMsg')[0],
        {
          eventType: 'onRecvRoomCustomMsg',
          fromUser: { userId: 'speaker', userName: '', avatarUrl: '' },
          cmd: 'CMD_LIKE',
          command: 'CMD_LIKE',
          message: 's0',
        },
        'custom message carries cmd and command',
      );
      checkEqual(a.of('onRecvRoomCustomMsg').length, 5, "the anchor hears the speaker's messages");
      checkEqual(a.of('onRecvRoomTextMsg').length, 0, 'a sender does not hear itself');
    },
  },
  {
    name: 'destroyRoom: every audience member gets onRoomDestroy within one trip; the room is gone',
    async run(harness) {
      const world = harness.world({ latencyMs: 30 });
      const [a, b, c] = (await parties(world, 'anchor', 'bob', 'carol')) as [Party, Party, Party];
      await goLive(world, a, 60);
      await watch(world, b, 60);
      await watch(world, c, 60);
      const t0 = world.cloud.clock.now();
      const destroying = a.room.destroyRoom();
      const seenAt: number[] = [];
      for (const p of [b, c])
        p.room.events$.subscribe(
          (e) => e.eventType === 'onRoomDestroy' && seenAt.push(world.cloud.clock.now()),
        );
      await world.cloud.settle();
      await destroying;
      checkEqual(
        [b.of('onRoomDestroy'), c.of('onRoomDestroy')],
        [[{ eventType: 'onRoomDestroy', roomId: 60 }], [{ eventType: 'onRoomDestroy', roomId: 60 }]],
        'onRoomDestroy with an integer roomId',
      );
      check(
        seenAt.every((t) => t - t0 <= 8 * 30),
        `within bounded time (${seenAt.map((t) => t - t0).join(', ')} ms)`,
      );
      checkEqual([a.status(), b.status(), c.status()], ['outside', 'outside', 'outside'], 'everyone outside');
      const { roomList } = await step(world, () => b.room.getRoomInfos({ roomIdList: [60] }));
      checkEqual(roomList, [], 'the room is gone');
    },
  },
  {
    name: 'the anchor drops off the network for longer than the reconnect grace: the audience gets onAnchorExit and onRoomDestroy and is out; the anchor gets onError',
    async run(harness) {
      const world = harness.world();
      const [a, b, c] = (await parties(world, 'anchor', 'bob', 'carol')) as [Party, Party, Party];
      await goLive(world, a, 70);
      await watch(world, b, 70);
      await watch(world, c, 70);
      await coHost(world, a, c);
      world.cloud.network.partition('anchor');
      // The audience's grace runs from when the room dropped the anchor's stream (the media timeout).
      await world.cloud.advance(DEFAULT_RECONNECT_GRACE_MS + 10_000);
      await world.cloud.settle();
      checkEqual(exited(b), ['anchor'], 'onAnchorExit at the audience');
      for (const p of [b, c]) {
        checkEqual(
          p.events.filter((e) => e.eventType === 'onRoomDestroy').length,
          1,
          `onRoomDestroy at ${p.userId}`,
        );
        checkEqual(p.status(), 'outside', `${p.userId} is not left in the dead room`);
      }
      const { roomList } = await step(world, () => b.room.getRoomInfos({ roomIdList: [70] }));
      checkEqual(
        roomList.map((r) => r.memberCount),
        [1],
        'the audience left the IM room (only the unreachable owner is counted)',
      );
      checkEqual(
        a.of('onError').map((e) => e.code),
        [ErrorCode.NETWORK_LOST],
        'onError at the anchor',
      );
      checkEqual(a.status(), 'outside', 'the anchor is out of its room');
      world.cloud.network.heal('anchor');
      await world.cloud.settle();
    },
  },
];
