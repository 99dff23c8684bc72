import { type Calling, ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { type CallingParty, fakeCloudHarness, loggedInParties, step } from '../src/index.js';

/** Every method with bad params and in every wrong state: the documented error, and no state change. */

type Method = keyof Omit<Calling, 'events$' | 'state$' | 'getSnapshot' | 'actor'>;
const call = (calling: Calling, method: Method, params?: unknown) =>
  (calling[method] as (p?: unknown) => Promise<void>).call(calling, params);

const rect = { x: 0, y: 0, w: 100, h: 200 };

const badParams: [Method, unknown, string][] = [
  ['login', undefined, 'sdkAppId: must be a positive integer'],
  ['login', { sdkAppId: 0, userId: 'u1', userSig: 's' }, 'sdkAppId: must be a positive integer'],
  ['login', { sdkAppId: 1.5, userId: 'u1', userSig: 's' }, 'sdkAppId: must be a positive integer'],
  ['login', { sdkAppId: 1400000001, userId: 'bad id', userSig: 's' }, 'userId: must be 1-32 characters'],
  ['login', { sdkAppId: 1400000001, userId: 'u1', userSig: '' }, 'userSig: must be a non-empty string'],
  ['login', 'not an object', 'login(params): must be an object'],
  ['call', {}, 'userId: must be 1-32 characters'],
  ['call', { userId: 'bob' }, 'type: must be 1 (video) or 2 (audio)'],
  ['call', { userId: 'bob', type: 0 }, 'type: must be 1 (video) or 2 (audio)'],
  ['call', { userId: 'bob', type: '1' }, 'type: must be 1 (video) or 2 (audio)'],
  ['call', { userId: 'x'.repeat(33), type: 1 }, 'userId: must be 1-32 characters'],
  ['call', { userId: 'alice', type: 1 }, 'userId: must not be the logged-in user'],
  ['groupCall', { type: 1 }, 'userIdList: must be a non-empty array'],
  ['groupCall', { userIdList: [], type: 1 }, 'userIdList: must be a non-empty array'],
  ['groupCall', { userIdList: ['bob', 'bob'], type: 1 }, 'userIdList[1]: must not repeat "bob"'],
  ['groupCall', { userIdList: ['alice'], type: 1 }, 'userIdList[0]: must not be the logged-in user'],
  ['groupCall', { userIdList: ['bob', 7], type: 1 }, 'userIdList[1]: must be 1-32 characters'],
  ['groupCall', { userIdList: ['bob'], type: 3 }, 'type: must be 1 (video) or 2 (audio)'],
  ['groupCall', { userIdList: ['bob'], type: 1, groupId: '' }, 'groupId: must be a non-empty string'],
  ['groupCall', { userIdList: ['bob'], type: 1, groupId: 'g'.repeat(49) }, 'of at most 48 bytes'],
  ['call', { userId: 'bob', type: 1, offlinePushInfo: 'x' }, 'offlinePushInfo: must be an object'],
  [
    'call',
    { userId: 'bob', type: 1, offlinePushInfo: { title: 7 } },
    'offlinePushInfo.title: must be a string of at most 512 bytes',
  ],
  [
    'call',
    { userId: 'bob', type: 1, offlinePushInfo: { description: '长'.repeat(171) } },
    'offlinePushInfo.description: must be a string of at most 512 bytes',
  ],
  [
    'groupCall',
    { userIdList: ['bob'], type: 1, offlinePushInfo: { sound: 'a.mp3' } },
    'offlinePushInfo.sound: is not one of title, description, iosSound, androidSound',
  ],
  ['startRemoteView', { userId: 'bob' }, 'view: must be a rect'],
  ['startRemoteView', { userId: 'bob', view: { ...rect, w: -1 } }, '.w must be a finite number >= 0'],
  [
    'startRemoteView',
    { userId: 'bob', view: { ...rect, x: Number.POSITIVE_INFINITY } },
    '.x must be a finite number',
  ],
  ['startRemoteView', { view: rect }, 'userId: must be 1-32 characters'],
  ['stopRemoteView', {}, 'userId: must be 1-32 characters'],
  ['openCamera', { view: rect }, 'isFront: must be a boolean'],
  ['openCamera', { isFront: 'yes', view: rect }, 'isFront: must be a boolean'],
  ['openCamera', { isFront: true }, 'view: must be a rect'],
  ['switchCamera', {}, 'isFront: must be a boolean'],
  ['setMicMute', { isMute: 1 }, 'isMute: must be a boolean'],
  ['setHandsFree', {}, 'isHandsFree: must be a boolean'],
  // TUICallKit's spellings get a hint instead of "must be 1-32 characters".
  ['login', { sdkAppId: 1400000001, userID: 'alice', userSig: 's' }, 'userID: did you mean userId?'],
  ['login', { SDKAppID: 1400000001, userId: 'alice', userSig: 's' }, 'SDKAppID: did you mean sdkAppId?'],
  ['call', { userID: 'bob', type: 1 }, 'userID: did you mean userId?'],
  ['groupCall', { userIDList: ['bob'], type: 1 }, 'userIDList: did you mean userIdList?'],
  ['groupCall', { userIdList: ['bob'], type: 1, groupID: 'g' }, 'groupID: did you mean groupId?'],
  ['startRemoteView', { userID: 'bob', view: rect }, 'userID: did you mean userId?'],
  ['stopRemoteView', { userID: 'bob' }, 'userID: did you mean userId?'],
];

async function twoUsers(): Promise<{
  a: CallingParty;
  b: CallingParty;
  world: ReturnType<typeof fakeCloudHarness.world>;
}> {
  const world = fakeCloudHarness.world();
  const [a, b] = (await loggedInParties(world, ['alice', 'bob'])) as [CallingParty, CallingParty];
  return { a, b, world };
}

describe('bad params are refused with INVALID_PARAMETER naming the field and the rule, changing nothing', () => {
  it.each(badParams)('%s(%j)', async (method, params, message) => {
    const { a } = await twoUsers();
    const before = a.calling.getSnapshot();
    const eventsBefore = a.events.length;
    const error = await call(a.calling, method, params).then(
      () => null,
      (e: unknown) => e as { code: number; message: string },
    );
    expect(error?.code).toBe(ErrorCode.INVALID_PARAMETER);
    expect(error?.message).toContain(message);
    expect(a.calling.getSnapshot()).toEqual(before);
    expect(a.events.length).toBe(eventsBefore);
  });
});

/** Methods in the states where they are wrong, and the rule each refusal names. */
const stateRules: [Method, unknown, [status: string, message: string][]][] = [
  ['accept', undefined, ['idle', 'dialing', 'inCall'].map((s) => [s, 'accept: no call is ringing'])],
  ['reject', undefined, ['idle', 'dialing', 'inCall'].map((s) => [s, 'reject: no call is ringing'])],
  ['hangup', undefined, [['idle', 'hangup: there is no call']]],
  [
    'call',
    { userId: 'carol', type: 1 },
    [
      ['dialing', 'call: already in a call (hang up first)'],
      ['ringing', 'call: a call is ringing (accept or reject it first)'],
      ['inCall', 'call: already in a call (hang up first)'],
    ],
  ],
  [
    'groupCall',
    { userIdList: ['carol'], type: 1 },
    [['ringing', 'groupCall: a call is ringing (accept or reject it first)']],
  ],
  ['groupCall', { userIdList: ['bob'], type: 1 }, [['inCall', 'groupCall: bob is already in this call']]],
  [
    'login',
    { sdkAppId: 1400000001, userId: 'alice', userSig: 's' },
    ['idle', 'dialing', 'ringing', 'inCall'].map((s) => [s, 'login: already logged in as alice']),
  ],
  ['openCamera', { isFront: true, view: rect }, [['idle', 'openCamera: there is no call']]],
  ['openCamera', { isFront: true, view: rect }, [['audio call', 'openCamera: this is an audio call']]],
  ['switchCamera', { isFront: true }, [['audio call', 'switchCamera: this is an audio call']]],
  ['closeCamera', undefined, [['idle', 'closeCamera: there is no call']]],
  [
    'switchCamera',
    { isFront: true },
    [
      ['idle', 'switchCamera: there is no call'],
      ['inCall', 'switchCamera: the camera is not open'],
    ],
  ],
  ['setMicMute', { isMute: true }, [['idle', 'setMicMute: there is no call']]],
  ['setHandsFree', { isHandsFree: true }, [['idle', 'setHandsFree: there is no call']]],
  [
    'startRemoteView',
    { userId: 'bob', view: rect },
    [
      ['idle', 'startRemoteView: there is no call'],
      ['ringing', 'startRemoteView: a call is ringing (accept or reject it first)'],
    ],
  ],
  [
    'startRemoteView',
    { userId: 'carol', view: rect },
    [['inCall', 'startRemoteView: carol is not in this call']],
  ],
  ['stopRemoteView', { userId: 'bob' }, [['idle', 'stopRemoteView: there is no call']]],
  ['stopRemoteView', { userId: 'carol' }, [['inCall', 'stopRemoteView: carol is not in this call']]],
  [
    'switchToAudio',
    undefined,
    [
      ['idle', 'switchToAudio: there is no call'],
      ['ringing', 'switchToAudio: a call is ringing (accept or reject it first)'],
      ['audio call', 'switchToAudio: this is an audio call'],
    ],
  ],
];

/** Puts alice in the given status (bob is the other party). */
async function aliceIn(status: string) {
  const setup = await twoUsers();
  const { a, b, world } = setup;
  // 'audio call': alice dials bob with type 2 (CallType.AUDIO).
  if (status === 'audio call') await step(world, () => a.calling.call({ userId: 'bob', type: 2 }));
  if (status === 'dialing' || status === 'inCall')
    await step(world, () => a.calling.call({ userId: 'bob', type: 1 }));
  if (status === 'inCall') await step(world, () => b.calling.accept());
  if (status === 'ringing') await step(world, () => b.calling.call({ userId: 'alice', type: 1 }));
  expect(a.calling.getSnapshot().status).toBe(status === 'audio call' ? 'dialing' : status);
  return setup;
}

describe('methods in a wrong state are refused with INVALID_STATE, changing nothing', () => {
  const cases = stateRules.flatMap(([method, params, states]) =>
    states.map(([status, message]) => [method, params, status, message] as const),
  );
  it.each(cases)('%s(%j) while %s: "%s"', async (method, params, status, message) => {
    const { a } = await aliceIn(status);
    const before = a.calling.getSnapshot();
    const eventsBefore = a.events.length;
    const error = await call(a.calling, method, params).then(
      () => null,
      (e: unknown) => e as { code: number; message: string },
    );
    expect(error?.code).toBe(ErrorCode.INVALID_STATE);
    expect(error?.message).toBe(message);
    expect(a.calling.getSnapshot()).toEqual(before);
    expect(a.events.length).toBe(eventsBefore);
  });

  it.each([
    'call',
    'groupCall',
    'accept',
    'reject',
    'hangup',
    'openCamera',
    'setMicMute',
    'switchToAudio',
    'logout',
  ] as const)('%s before login is refused with NOT_LOGGED_IN', async (method) => {
    const world = fakeCloudHarness.world();
    const { calling } = (await import('../src/index.js')).callingParty(world, 'alice');
    const params =
      method === 'call'
        ? { userId: 'bob', type: 1 }
        : method === 'groupCall'
          ? { userIdList: ['bob'], type: 1 }
          : method === 'openCamera'
            ? { isFront: true, view: rect }
            : method === 'setMicMute'
              ? { isMute: true }
              : undefined;
    await expect(call(calling, method, params)).rejects.toMatchObject({ code: ErrorCode.NOT_LOGGED_IN });
    expect(calling.getSnapshot().status).toBe('loggedOut');
  });

  it('every method after destroy is refused with DESTROYED; destroy twice is fine', async () => {
    const { a, world } = await aliceIn('inCall');
    await step(world, () => a.calling.destroy());
    await expect(a.calling.call({ userId: 'bob', type: 1 })).rejects.toMatchObject({
      code: ErrorCode.DESTROYED,
    });
    await expect(a.calling.destroy()).resolves.toBeUndefined();
    expect(a.of('onCallEnd').map((e) => e.reason)).toEqual(['destroyed']);
  });
});
