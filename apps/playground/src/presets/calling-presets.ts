import { CallType } from '@trtc-smart/core';
import { TILE_RECT } from '../sim/views.js';
import { invoke, loginAll, type Preset, type PresetStep } from './preset.js';

const users = (...ids: string[]) => ids.map((id) => ({ id, kind: 'calling' }));
const VIDEO = CallType.VIDEO;
const view = () => ({ ...TILE_RECT });

const cameraOn = (user: string) =>
  invoke(`${user} turns the camera on`, user, 'openCamera', { isFront: true, view: view() }, 500);
const watch = (viewer: string, userId: string) =>
  invoke(`${viewer} renders ${userId}'s video`, viewer, 'startRemoteView', { userId, view: view() }, 500);
const call = (from: string, to: string, type: CallType = VIDEO): PresetStep =>
  invoke(`${from} calls ${to}`, from, 'call', { userId: to, type });

/** The seed's calling flows, each on a fresh stage. */
export const callingPresets: readonly Preset[] = [
  {
    id: 'call-1v1',
    name: '1:1 video call',
    users: users('alice', 'bob'),
    steps: [
      loginAll,
      call('alice', 'bob'),
      invoke('bob accepts', 'bob', 'accept'),
      cameraOn('alice'),
      cameraOn('bob'),
      watch('alice', 'bob'),
      { ...watch('bob', 'alice'), waitMs: 5000 },
      invoke('bob hangs up', 'bob', 'hangup'),
    ],
  },
  {
    id: 'call-reject',
    name: 'reject',
    users: users('alice', 'bob'),
    steps: [loginAll, call('alice', 'bob'), invoke('bob rejects', 'bob', 'reject')],
  },
  {
    id: 'call-busy',
    name: 'busy',
    users: users('alice', 'bob', 'carol'),
    steps: [
      loginAll,
      call('alice', 'bob'),
      invoke('bob accepts', 'bob', 'accept'),
      call('carol', 'bob'),
      invoke('alice hangs up', 'alice', 'hangup'),
    ],
  },
  {
    id: 'call-no-answer',
    name: 'no answer',
    users: users('alice', 'bob'),
    // The invitation rings for the default 30 s; the ends arrive as events, no step is needed.
    steps: [loginAll, call('alice', 'bob')],
  },
  {
    id: 'call-cancel',
    name: 'cancel',
    users: users('alice', 'bob'),
    steps: [loginAll, call('alice', 'bob'), invoke('alice cancels', 'alice', 'hangup')],
  },
  {
    id: 'call-group',
    name: 'group call with late invitee',
    users: users('alice', 'bob', 'carol', 'dave'),
    steps: [
      loginAll,
      invoke('alice calls bob and carol', 'alice', 'groupCall', {
        userIdList: ['bob', 'carol'],
        type: VIDEO,
      }),
      invoke('bob accepts', 'bob', 'accept'),
      invoke('carol accepts', 'carol', 'accept'),
      invoke('alice invites dave', 'alice', 'groupCall', { userIdList: ['dave'], type: VIDEO }),
      invoke('dave accepts', 'dave', 'accept'),
      cameraOn('dave'),
      watch('alice', 'dave'),
      invoke('carol leaves', 'carol', 'hangup'),
    ],
  },
  {
    id: 'call-switch-audio',
    name: 'switch to audio',
    users: users('alice', 'bob'),
    steps: [
      loginAll,
      call('alice', 'bob'),
      invoke('bob accepts', 'bob', 'accept'),
      cameraOn('alice'),
      invoke('alice switches the call to audio', 'alice', 'switchToAudio'),
      invoke('alice hangs up', 'alice', 'hangup'),
    ],
  },
];
