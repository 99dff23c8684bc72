/**
 * Recovery after a network blip, in virtual time (issue 13): a call and a live room, blips of
 * several lengths shorter than the reconnect grace, on one side and on both. Recovery is measured
 * from the moment the link is back to the first virtual millisecond at which every side's state
 * shows both links connected again and media flows both ways (every party in the cloud's TRTC room,
 * the anchor publishing, every link up), with no end event on any side: the recovery time less the
 * blip's length, in ms and in round trips (2 × the cloud's one-way latency); target ≤ 1 round trip.
 */
import { createCalling, createLiveRoom, type LinkState } from '@trtc-smart/core';
import { createFakeCloud, type FakeCloud } from '../src/index.js';

const BLIPS_MS = [1_000, 5_000, 10_000, 20_000] as const;
/** Beyond this the side has not recovered (and the figure says so). */
const GIVE_UP_MS = 10_000;

interface Side {
  readonly userId: string;
  connection(): { media: LinkState; signaling: LinkState };
  ended(): boolean;
}

interface Scene {
  readonly cloud: FakeCloud;
  readonly sides: readonly Side[];
  /** Media flows both ways, as the cloud sees it. */
  mediaFlows(): boolean;
}

const settled = async <T>(cloud: FakeCloud, p: Promise<T>): Promise<T> => {
  await cloud.settle();
  return p;
};

async function callScene(): Promise<Scene> {
  const cloud = createFakeCloud({ seed: 1, trace: false });
  const sdkAppId = cloud.options.sdkAppId;
  const make = async (userId: string) => {
    const calling = createCalling({ adapter: cloud.adapter(userId) });
    let ended = false;
    calling.events$.subscribe((e) => {
      if (e.eventType === 'onCallEnd') ended = true;
    });
    await settled(cloud, calling.login({ sdkAppId, userId, userSig: 'dev' }));
    return { userId, calling, connection: () => calling.getSnapshot().connection, ended: () => ended };
  };
  const alice = await make('alice');
  const bob = await make('bob');
  const sides = [alice, bob];
  await settled(cloud, alice.calling.call({ userId: 'bob', type: 1 }));
  await settled(cloud, bob.calling.accept());
  const roomId = alice.calling.getSnapshot().call?.roomId ?? 0;
  const online = () => cloud.onlineUsers();
  return {
    cloud,
    sides,
    mediaFlows: () => {
      const members = cloud.roomMembers(roomId);
      return ['alice', 'bob'].every((id) => members.includes(id) && online().includes(id));
    },
  };
}

async function liveScene(): Promise<Scene> {
  const cloud = createFakeCloud({ seed: 1, trace: false });
  const sdkAppId = cloud.options.sdkAppId;
  const make = async (userId: string) => {
    const room = createLiveRoom({ adapter: cloud.adapter(userId) });
    let ended = false;
    room.events$.subscribe((e) => {
      if (e.eventType === 'onRoomDestroy' || e.eventType === 'onError') ended = true;
    });
    await settled(cloud, room.login({ sdkAppId, userId, userSig: 'dev' }));
    return { userId, room, connection: () => room.getSnapshot().connection, ended: () => ended };
  };
  const anchor = await make('anchor');
  await settled(cloud, anchor.room.createRoom({ roomId: 70, roomName: 'bench', coverUrl: '' }));
  await settled(cloud, anchor.room.startPublish({ streamId: 'bench' }));
  const bob = await make('bob');
  await settled(cloud, bob.room.enterRoom({ roomId: 70 }));
  return {
    cloud,
    sides: [anchor, bob],
    mediaFlows: () => {
      const members = cloud.liveMediaMembers(70);
      const online = cloud.onlineUsers();
      return (
        members.some((m) => m.userId === 'anchor' && m.publishing) &&
        members.some((m) => m.userId === 'bob') &&
        ['anchor', 'bob'].every((id) => online.includes(id))
      );
    },
  };
}

const recovered = (scene: Scene) =>
  scene.mediaFlows() &&
  scene.sides.every((s) => {
    const c = s.connection();
    return c.media === 'connected' && c.signaling === 'connected';
  });

/** Ms of virtual time from link up until recovered (GIVE_UP_MS + 1 if never), and whether anything ended. */
async function recoveryMs(scene: Scene, blipped: readonly string[], blipMs: number) {
  const { cloud } = scene;
  for (const target of blipped) cloud.blip(target, blipMs);
  await cloud.advance(blipMs - 1);
  // The blip is still on (its last ms): nothing has recovered yet.
  let waited = -1;
  while (waited < GIVE_UP_MS && !(waited >= 0 && recovered(scene))) {
    await cloud.advance(1);
    waited += 1;
  }
  const ended = scene.sides.some((s) => s.ended());
  return { ms: recovered(scene) ? waited : GIVE_UP_MS + 1, ended };
}

export async function recoveryBenchmarks() {
  const rttMs = 2 * createFakeCloud().options.latencyMs;
  const cases: [string, () => Promise<Scene>, readonly string[]][] = [
    ['call, caller blips', callScene, ['alice']],
    ['call, both blip', callScene, ['alice', 'bob']],
    ['live, viewer blips', liveScene, ['bob']],
    ['live, anchor blips', liveScene, ['anchor']],
    ['live, both blip', liveScene, ['anchor', 'bob']],
  ];
  const rows = [];
  for (const [name, scene, blipped] of cases) {
    for (const blipMs of BLIPS_MS) {
      const { ms, ended } = await recoveryMs(await scene(), blipped, blipMs);
      rows.push({ case: name, blipMs, recoveryMs: ms, rtts: Number((ms / rttMs).toFixed(2)), ended });
    }
  }
  const worst = Math.max(...rows.map((r) => r.recoveryMs));
  return {
    virtualTime: true,
    rttMs,
    target: { maxRecoveryRtts: 1, endEvents: 0 },
    worstRecoveryMs: worst,
    worstRtts: Number((worst / rttMs).toFixed(2)),
    meetsTarget: worst <= rttMs && rows.every((r) => !r.ended),
    rows,
  };
}
