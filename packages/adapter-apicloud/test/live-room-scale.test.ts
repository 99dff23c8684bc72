import { loggedInLiveParties, step } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { apicloudHarness } from './apicloud-harness.js';

const CROWD = 1_000;

describe('room messages in a crowd of APICloud members', () => {
  it(`${CROWD} members each hear every message exactly once, in order per sender`, async () => {
    const world = apicloudHarness.world({ jitterMs: 15 });
    const [a, s] = await loggedInLiveParties(world, ['anchor', 'speaker']);
    if (!a || !s) throw new Error('parties');
    await step(world, () => a.room.createRoom({ roomId: 50, roomName: 'r', coverUrl: '' }));
    await step(world, () => s.room.enterRoom({ roomId: 50 }));
    // The crowd joins at the port level, as the conformance scenario has it.
    const crowd = Array.from({ length: CROWD }, (_, i) => {
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
    const each = (prefix: string) => [0, 1, 2, 3, 4].map((i) => `${prefix}${i}`);
    const wrong = crowd.filter(
      ({ heard }) =>
        heard.length !== 10 ||
        heard.filter((m) => m.startsWith('a')).join() !== each('a').join() ||
        heard.filter((m) => m.startsWith('s')).join() !== each('s').join(),
    );
    expect(wrong.map((m) => [m.userId, m.heard])).toEqual([]);
    expect(a.of('onRecvRoomCustomMsg').map((e) => e.message)).toEqual(each('s'));
    expect(a.of('onRecvRoomTextMsg')).toEqual([]);
  }, 120_000);
});
