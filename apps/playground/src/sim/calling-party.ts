import {
  type Calling,
  type CallingAdapter,
  type CallingEvent,
  CallType,
  createCalling,
} from '@trtc-smart/core';
import { mediaControls } from '@trtc-smart/core/media';
import type { FakeCloud, JsonValue } from '@trtc-smart/testkit';
import { describeEvent, loggedCall } from './logged-call.js';
import type { Control, LogLine, SimParty } from './party.js';
import {
  fakeMediaPlatform,
  MEDIA_QUIET,
  type MediaPlatform,
  type MediaRules,
  partyMedia,
} from './party-media.js';
import { TILE_RECT } from './views.js';

/** Media statistics arrive every second or so: they would drown the log (the media panel shows them). */
const QUIET: ReadonlySet<string> = new Set<string>([
  'onUserVoiceVolume',
  'onUserNetworkQuality',
  ...MEDIA_QUIET,
] satisfies (CallingEvent['eventType'] | string)[]);

const ACTIVE = new Set(['dialing', 'connecting', 'inCall']);

/** A calling user: createCalling on the fake cloud's adapter for this user. */
export function callingParty(cloud: FakeCloud, id: string, userSig: string): SimParty {
  return callingUser({
    adapter: cloud.adapter(id),
    id,
    login: { sdkAppId: cloud.options.sdkAppId, userId: id, userSig },
    view: () => ({ ...TILE_RECT }),
    cameraOn: () => (cloud.mediaState(id)?.camera ?? 'off') !== 'off',
    media: fakeMediaPlatform(cloud, id),
  });
}

export interface CallingUserOptions<View> {
  readonly adapter: CallingAdapter<View>;
  readonly id: string;
  readonly login: { readonly sdkAppId: number; readonly userId: string; readonly userSig: string };
  /** The view for this user's own camera (`self`) or a peer's video, as the adapter takes it. */
  readonly view: (owner: string) => JsonValue;
  /** Whether the camera is on, by the platform's own account; default: by the SDK's state. */
  readonly cameraOn?: () => boolean;
  /** The card's kind; default 'calling'. */
  readonly kind?: string;
  /** With the media controls (`media: mediaControls`) and the card's media panel, on this platform. */
  readonly media?: MediaPlatform;
}

/** A calling user on any adapter: the fake cloud's, or the web adapter in real-cloud mode. */
export function callingUser<View>(options: CallingUserOptions<View>): SimParty {
  const { adapter, id, view } = options;
  const platform = options.media;
  const withMedia = platform ? createCalling({ adapter, media: mediaControls }) : undefined;
  // The media instance's wider events$ and state$ are read through `media` below.
  const calling = (withMedia ?? createCalling({ adapter })) as Calling<View>;
  const rules: MediaRules = {
    canShare: (status) => status === 'inCall',
    view: { start: 'startRemoteView', stop: 'stopRemoteView' },
    viewOf: view,
  };
  const media = withMedia && platform && partyMedia(withMedia, rules, platform);
  const log: LogLine[] = [];
  const write = (kind: LogLine['kind'], text: string) => log.push({ t: adapter.clock.now(), kind, text });
  calling.events$.subscribe((event) => {
    media?.observe(event);
    if (!QUIET.has(event.eventType)) write('event', describeEvent(event));
  });

  const state = () => calling.getSnapshot();
  const isVideo = () => state().call?.callType === CallType.VIDEO;

  const controls = (): Control[] => {
    const { status, devices } = state();
    const active = ACTIVE.has(status);
    const camera = devices.camera;
    const first = (targets: readonly string[]) => targets[0] ?? '';
    return [
      {
        method: 'login',
        label: 'login',
        enabled: status === 'loggedOut',
        params: () => ({ ...options.login }),
      },
      { method: 'logout', label: 'logout', enabled: status === 'idle' },
      {
        method: 'call',
        label: 'video call',
        enabled: status === 'idle',
        params: (t) => ({ userId: first(t), type: CallType.VIDEO }),
      },
      {
        method: 'call',
        label: 'audio call',
        enabled: status === 'idle',
        params: (t) => ({ userId: first(t), type: CallType.AUDIO }),
      },
      {
        method: 'groupCall',
        label: status === 'idle' ? 'group call' : 'invite',
        enabled: status === 'idle' || active,
        params: (t) => ({ userIdList: [...t], type: state().call?.callType ?? CallType.VIDEO }),
      },
      { method: 'accept', label: 'accept', enabled: status === 'ringing' },
      { method: 'reject', label: 'reject', enabled: status === 'ringing' },
      { method: 'hangup', label: 'hang up', enabled: active || status === 'ringing' },
      {
        method: 'openCamera',
        label: 'camera on',
        enabled: active && isVideo() && camera === 'off',
        params: () => ({ isFront: true, view: view('self') }),
      },
      {
        method: 'switchCamera',
        label: 'flip camera',
        enabled: active && camera !== 'off',
        params: () => ({ isFront: camera === 'back' }),
      },
      { method: 'closeCamera', label: 'camera off', enabled: active && camera !== 'off' },
      {
        method: 'setMicMute',
        label: devices.micMuted ? 'unmute' : 'mute',
        enabled: active,
        params: () => ({ isMute: !devices.micMuted }),
      },
      {
        method: 'setHandsFree',
        label: devices.handsFree ? 'earpiece' : 'hands-free',
        enabled: active,
        params: () => ({ isHandsFree: !devices.handsFree }),
      },
      { method: 'switchToAudio', label: 'switch to audio', enabled: status === 'inCall' && isVideo() },
    ];
  };

  const participants = () => Object.entries(state().call?.participants ?? {});

  return {
    id,
    kind: options.kind ?? 'calling',
    machine: calling.actor.logic,
    actor: calling.actor,
    log,
    status: () => state().status,
    connection: () => state().connection,
    controls,
    peers: () =>
      participants()
        .filter(([, p]) => p.status === 'joined' || p.status === 'accepted' || p.status === 'invited')
        .map(([userId]) => userId),
    rendering: () =>
      participants()
        .filter(([, p]) => p.rendering)
        .map(([userId]) => userId),
    cameraOn: options.cameraOn ?? (() => state().devices.camera !== 'off'),
    viewCommand: (peer, on) => {
      if (on && state().status !== 'inCall') return null;
      return on
        ? { method: 'startRemoteView', params: { userId: peer, view: view(peer) } }
        : { method: 'stopRemoteView', params: { userId: peer } };
    },
    ...(media ? { media } : {}),
    call: (method, params) => loggedCall(calling, method, params, write),
    dispose: () => calling.destroy(),
  };
}
