import { ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import {
  createFakeCloud,
  type FakeAdapter,
  type ImMessageEvent,
  MEMBER_TIPS_TO_ALL_MAX,
} from '../src/index.js';
import { collect, loggedIn } from './helpers.js';

/** Runs an SDK-level call to its answer in virtual time. */
async function settled<T>(cloud: ReturnType<typeof createFakeCloud>, run: () => Promise<T>): Promise<T> {
  const promise = run();
  promise.catch(() => undefined);
  await cloud.settle();
  return promise;
}

/** The logged-in users' adapters by id. */
async function adapters(cloud: ReturnType<typeof createFakeCloud>, ...ids: string[]) {
  const users = await loggedIn(cloud, ...ids);
  return (id: string): FakeAdapter => {
    const user = users[id];
    if (!user) throw new Error(`${id} was not logged in`);
    return user.adapter;
  };
}

const room = { groupID: '5', type: 'AVChatRoom', name: 'r', introduction: 'intro', avatar: 'a.png' };

describe('SDK-level IM groups', () => {
  it("answer IM's 10025 / 10013 cases as flags, and refuse another owner's id", async () => {
    const cloud = createFakeCloud();
    const adapter = await adapters(cloud, 'anchor', 'bob');
    const [a, b] = [adapter('anchor'), adapter('bob')];
    expect(await settled(cloud, () => a.imGroups.createGroup(room))).toEqual({ alreadyOwned: false });
    expect(await settled(cloud, () => a.imGroups.createGroup(room))).toEqual({ alreadyOwned: true });
    await expect(settled(cloud, () => b.imGroups.createGroup(room))).rejects.toMatchObject({
      code: ErrorCode.ALREADY_EXISTS,
    });
    expect(await settled(cloud, () => b.imGroups.joinGroup({ groupID: '5' }))).toEqual({
      alreadyMember: false,
    });
    expect(await settled(cloud, () => b.imGroups.joinGroup({ groupID: '5' }))).toEqual({
      alreadyMember: true,
    });
    expect(cloud.imGroupProfile('5')).toMatchObject({
      ownerID: 'anchor',
      introduction: 'intro',
      memberNum: 1,
    });
  });

  it('a dismissal reaches every member but the owner; a user is in one AVChatRoom at a time', async () => {
    const cloud = createFakeCloud();
    const adapter = await adapters(cloud, 'anchor', 'bob');
    const [a, b] = [adapter('anchor'), adapter('bob')];
    const atAnchor = collect(a.imGroups.events$);
    const atBob = collect(b.imGroups.events$);
    await settled(cloud, () => a.imGroups.createGroup(room));
    await settled(cloud, () => a.imGroups.createGroup({ ...room, groupID: '6' }));
    await settled(cloud, () => a.imGroups.joinGroup({ groupID: '5' }));
    await settled(cloud, () => b.imGroups.joinGroup({ groupID: '6' }));
    await settled(cloud, () => b.imGroups.joinGroup({ groupID: '5' }));
    expect(cloud.imGroupProfile('6')?.memberNum).toBe(0);
    await settled(cloud, () => a.imGroups.dismissGroup({ groupID: '5' }));
    const types = (events: ImMessageEvent[]) => events.map((e) => e.type);
    expect(types(atBob)).toEqual(['groupDismissed']);
    expect(types(atAnchor)).toEqual(['memberTip']);
    expect(cloud.imGroupProfile('5')).toBeUndefined();
  });

  it(`member tips reach every member up to ${MEMBER_TIPS_TO_ALL_MAX}, the owner only beyond`, async () => {
    const cloud = createFakeCloud();
    const ids = Array.from({ length: MEMBER_TIPS_TO_ALL_MAX + 1 }, (_, i) => `u${i}`);
    const adapter = await adapters(cloud, 'anchor', ...ids);
    const [a, first] = [adapter('anchor'), adapter('u0')];
    const atAnchor = collect(a.imGroups.events$);
    const atFirst = collect(first.imGroups.events$);
    await settled(cloud, () => a.imGroups.createGroup(room));
    await settled(cloud, () => a.imGroups.joinGroup({ groupID: '5' }));
    for (const id of ids) await settled(cloud, () => adapter(id).imGroups.joinGroup({ groupID: '5' }));
    expect(atAnchor).toHaveLength(ids.length);
    // u0 hears the joins while the room has at most MEMBER_TIPS_TO_ALL_MAX members: u1 … u98.
    expect(atFirst).toHaveLength(MEMBER_TIPS_TO_ALL_MAX - 2);
  });
});
