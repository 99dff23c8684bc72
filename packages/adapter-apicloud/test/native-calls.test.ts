import { createCalling, type Rect } from '@trtc-smart/core';
import { type CallingSeedModule, toSeedModule } from '@trtc-smart/core/seed';
import {
  type CallingParty,
  callingParty,
  loggedInParties,
  type NativeCallRecord,
  step,
} from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { type ApicloudWorld, apicloudHarness } from './apicloud-harness.js';

/** core's default offline push for alice's invitations, which call / groupCall hand the module as offlinePushInfo. */
const defaultPush = {
  title: 'alice',
  description: 'You have a call invitation.',
  iosSound: 'phone_ringing.mp3',
  androidSound: '',
};

const rect: Rect = { x: 12, y: 34, w: 160.5, h: 90 };
const login = (userId: string) => ({ sdkAppId: 1_400_000_001, userId, userSig: `dev-sig-${userId}` });

/** Where alice stands when the row's seed method is called. */
type Given = 'loggedOut' | 'idle' | 'dialing' | 'ringing' | 'inCall' | 'inCallCameraOn';

interface Row {
  readonly method: keyof CallingSeedModule;
  readonly given: Given;
  readonly params?: Record<string, unknown>;
  /** The native calls alice's seed call made, in order. */
  readonly native: readonly NativeCallRecord[];
}

const c = (method: string, params: Record<string, unknown> = {}): NativeCallRecord => ({
  module: 'calling',
  method,
  params: params as NativeCallRecord['params'],
});
const l = (method: string, params: Record<string, unknown> = {}): NativeCallRecord => ({
  module: 'liveRoom',
  method,
  params: params as NativeCallRecord['params'],
});

/** Every seed calling method: the native method(s) it becomes and their params. */
const rows: readonly Row[] = [
  { method: 'init', given: 'loggedOut', native: [] },
  {
    method: 'login',
    given: 'loggedOut',
    params: login('alice'),
    native: [c('init'), c('login', login('alice')), l('init'), l('login', login('alice'))],
  },
  { method: 'logout', given: 'idle', native: [c('logout'), l('logout')] },
  {
    method: 'call',
    given: 'idle',
    params: { userId: 'bob', type: 1 },
    native: [c('call', { userId: 'bob', type: 1, offlinePushInfo: defaultPush })],
  },
  {
    method: 'call',
    given: 'idle',
    params: { userId: 'bob', type: 1, offlinePushInfo: { title: 'Alice', iosSound: 'ring.caf' } },
    native: [
      c('call', {
        userId: 'bob',
        type: 1,
        offlinePushInfo: { ...defaultPush, title: 'Alice', iosSound: 'ring.caf' },
      }),
    ],
  },
  {
    method: 'call',
    given: 'idle',
    params: { userId: 'bob', type: 2 },
    native: [c('call', { userId: 'bob', type: 2, offlinePushInfo: defaultPush })],
  },
  {
    method: 'groupCall',
    given: 'idle',
    params: { userIdList: ['bob', 'carol'], type: 2, groupId: 'team' },
    native: [
      c('groupCall', {
        userIdList: ['bob', 'carol'],
        type: 2,
        groupId: 'team',
        offlinePushInfo: defaultPush,
      }),
    ],
  },
  {
    method: 'groupCall',
    given: 'inCall',
    params: { userIdList: ['carol'], type: 1 },
    native: [c('groupCall', { userIdList: ['carol'], type: 1, offlinePushInfo: defaultPush })],
  },
  { method: 'accept', given: 'ringing', native: [c('accept')] },
  { method: 'reject', given: 'ringing', native: [c('reject')] },
  { method: 'hangup', given: 'ringing', native: [c('reject')] },
  { method: 'hangup', given: 'dialing', native: [c('hangup')] },
  { method: 'hangup', given: 'inCall', native: [c('hangup')] },
  {
    method: 'startRemoteView',
    given: 'inCall',
    params: { userId: 'bob', rect },
    native: [c('startRemoteView', { userId: 'bob', rect })],
  },
  {
    method: 'stopRemoteView',
    given: 'inCall',
    params: { userId: 'bob' },
    native: [c('stopRemoteView', { userId: 'bob' })],
  },
  {
    method: 'openCamera',
    given: 'inCall',
    params: { isFront: false, rect },
    native: [c('openCamera', { isFront: false, rect })],
  },
  {
    method: 'switchCamera',
    given: 'inCallCameraOn',
    params: { isFront: false },
    native: [c('switchCamera', { isFront: false })],
  },
  { method: 'closeCamera', given: 'inCallCameraOn', native: [c('closeCamera')] },
  {
    method: 'setMicMute',
    given: 'inCall',
    params: { isMute: true },
    native: [c('setMicMute', { isMute: true })],
  },
  {
    method: 'setHandsFree',
    given: 'inCall',
    params: { isHandsFree: true },
    native: [c('setHandsFree', { isHandsFree: true })],
  },
  { method: 'switchToAudio', given: 'inCall', native: [c('switchToAudio')] },
  { method: 'switchToAudio', given: 'inCallCameraOn', native: [c('switchToAudio'), c('closeCamera')] },
  // The app's listener lives on createCalling's events$; the native listener is the adapter's, set once.
  { method: 'setCallingListener', given: 'idle', native: [] },
  { method: 'removeCallingListener', given: 'idle', native: [] },
  { method: 'destroy', given: 'idle', native: [c('logout'), l('logout')] },
];

async function arrange(world: ApicloudWorld, given: Given): Promise<{ alice: CallingSeedModule }> {
  const [bob] = await loggedInParties(world, ['bob']);
  const party: CallingParty<Rect> = callingParty(world, 'alice');
  if (!bob) throw new Error('bob');
  if (given === 'loggedOut') return { alice: toSeedModule(party.calling as never) };
  await step(world, () => party.login());
  if (given === 'dialing' || given.startsWith('inCall')) {
    await step(world, () => party.calling.call({ userId: 'bob', type: 1 }));
    if (given !== 'dialing') await step(world, () => bob.calling.accept());
    if (given === 'inCallCameraOn')
      await step(world, () => party.calling.openCamera({ isFront: true, view: rect }));
  }
  if (given === 'ringing') await step(world, () => bob.calling.call({ userId: 'alice', type: 1 }));
  return { alice: toSeedModule(party.calling as never) };
}

describe('every seed calling method becomes the native method with the seed params', () => {
  for (const row of rows) {
    it(`${row.method}(${JSON.stringify(row.params ?? {})}) while ${row.given}`, async () => {
      const world = apicloudHarness.world();
      const { alice } = await arrange(world, row.given);
      const log = world.natives.get('alice')?.calls ?? [];
      const before = log.length;
      let answer: unknown;
      const seedMethod = alice[row.method] as (p: unknown, cb: (ret: unknown, err: unknown) => void) => void;
      seedMethod(row.params ?? {}, (ret, err) => {
        answer = ret ?? err;
      });
      await world.cloud.settle();
      // A listener setter's callback is the listener: it answers with events, not with {status}.
      expect(answer).toEqual(row.method === 'setCallingListener' ? undefined : { status: true });
      expect(log.slice(before)).toEqual(row.native);
    });
  }

  it('the adapter sets the native listeners once, and destroy() removes them and destroys both objects', async () => {
    const world = apicloudHarness.world();
    const adapter = world.adapter('alice');
    const log = world.natives.get('alice')?.calls ?? [];
    const listeners = [
      c('setCallingListener'),
      l('setLiveRoomListener'),
      l('setLinkMicListener'),
      l('setRoomPKListener'),
    ];
    expect(log).toEqual(listeners);
    await adapter.destroy();
    expect(log.slice(listeners.length)).toEqual([
      c('removeCallingListener'),
      l('removeLiveRoomListener'),
      c('destroy'),
      l('destroy'),
    ]);
  });

  it('toSeedModule over createCalling over the adapter needs nothing but the native module', async () => {
    const world = apicloudHarness.world();
    const seed = toSeedModule(createCalling({ adapter: world.adapter('alice') }) as never);
    let answer: unknown;
    seed.login(login('alice'), (ret) => {
      answer = ret;
    });
    await world.cloud.settle();
    expect(answer).toEqual({ status: true });
  });
});
