import { roomIdOf } from '../sim/live-party.js';
import { TILE_RECT } from '../sim/views.js';
import { invoke, loginAll, type Preset, type PresetStep } from './preset.js';

const anchor = (id: string) => ({ id, kind: 'anchor' });
const audience = (id: string) => ({ id, kind: 'audience' });
const view = () => ({ ...TILE_RECT });

/** An anchor creates their room, turns the camera on and goes live. */
const goLive = (user: string): PresetStep[] => [
  invoke(`${user} creates a room`, user, 'createRoom', {
    roomId: roomIdOf(user),
    roomName: `${user}'s room`,
    coverUrl: '',
  }),
  invoke(`${user} turns the camera on`, user, 'startCameraPreview', { isFront: true, view: view() }, 500),
  invoke(`${user} goes live`, user, 'startPublish', { streamId: `${user}_stream` }),
];
const enter = (user: string, host: string): PresetStep =>
  invoke(`${user} enters ${host}'s room`, user, 'enterRoom', { roomId: roomIdOf(host) });
const play = (viewer: string, userId: string): PresetStep =>
  invoke(`${viewer} plays ${userId}'s stream`, viewer, 'startPlay', { userId, view: view() }, 800);

/** The seed's live-room flows. */
export const livePresets: readonly Preset[] = [
  {
    id: 'live-start',
    name: 'live: start, audience joins, room closes',
    users: [anchor('alice'), audience('bob'), audience('carol')],
    steps: [
      loginAll,
      ...goLive('alice'),
      enter('bob', 'alice'),
      enter('carol', 'alice'),
      { ...play('bob', 'alice'), waitMs: 4000 },
      invoke('alice ends the show', 'alice', 'destroyRoom'),
    ],
  },
  {
    id: 'live-link-mic',
    name: 'live: link mic',
    users: [anchor('alice'), audience('bob')],
    steps: [
      loginAll,
      ...goLive('alice'),
      enter('bob', 'alice'),
      play('bob', 'alice'),
      invoke('bob asks to co-host', 'bob', 'requestJoinAnchor', { reason: 'can I join?' }),
      invoke('alice accepts', 'alice', 'responseJoinAnchor', { userId: 'bob', isAgree: true, reason: '' }),
      invoke('bob turns the camera on', 'bob', 'startCameraPreview', { isFront: true, view: view() }, 500),
      invoke('bob publishes', 'bob', 'startPublish', { streamId: 'bob_stream' }),
      play('alice', 'bob'),
    ],
  },
  {
    id: 'live-pk',
    name: 'live: PK between two anchors',
    users: [anchor('alice'), anchor('dave')],
    steps: [
      loginAll,
      ...goLive('alice'),
      ...goLive('dave'),
      invoke('alice asks dave for PK', 'alice', 'requestRoomPK', {
        roomId: roomIdOf('dave'),
        userId: 'dave',
      }),
      invoke('dave accepts', 'dave', 'responseRoomPK', { userId: 'alice', isAgree: true, reason: '' }),
      play('alice', 'dave'),
      play('dave', 'alice'),
    ],
  },
  {
    id: 'live-messages',
    name: 'live: room messages',
    users: [anchor('alice'), audience('bob'), audience('carol')],
    steps: [
      loginAll,
      ...goLive('alice'),
      enter('bob', 'alice'),
      enter('carol', 'alice'),
      invoke('bob says hello', 'bob', 'sendRoomTextMsg', { msg: 'hello alice!' }),
      invoke('carol sends a like', 'carol', 'sendRoomCustomMsg', { cmd: 'like', msg: '1' }),
      invoke('alice answers', 'alice', 'sendRoomTextMsg', { msg: 'welcome, both of you' }),
    ],
  },
  {
    id: 'live-official-ios',
    name: "live: a web anchor and Tencent's official iOS app",
    // adapter-web on SDK doubles meets TRTCLiveRoom iOS (tencentyun/TUILiveRoom 1697d86e) on IM's level.
    users: [
      { id: 'alice', kind: 'web live' },
      { id: 'kit', kind: 'official app (iOS live)' },
    ],
    steps: [
      loginAll,
      invoke('alice creates a room', 'alice', 'createRoom', {
        roomId: roomIdOf('alice'),
        roomName: "alice's room",
        coverUrl: '',
      }),
      invoke(
        'alice turns the camera on',
        'alice',
        'startCameraPreview',
        { isFront: true, view: 'alice-self' },
        500,
      ),
      invoke('alice goes live', 'alice', 'startPublish', { streamId: 'alice_stream' }),
      enter('kit', 'alice'),
      invoke('kit asks to co-host (an invitation, businessID "Live")', 'kit', 'requestJoinAnchor'),
      invoke('alice accepts (IM accept)', 'alice', 'responseJoinAnchor', {
        userId: 'kit',
        isAgree: true,
        reason: '',
      }),
      invoke('kit publishes', 'kit', 'startPublish'),
      invoke('alice kicks kit out (iOS accepts the invitation)', 'alice', 'kickoutJoinAnchor', {
        userId: 'kit',
      }),
    ],
  },
];
