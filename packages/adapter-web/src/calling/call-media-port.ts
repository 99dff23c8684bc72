import {
  type CallMediaEvent,
  type CallMediaPort,
  ErrorCode,
  type NetworkQuality,
  TrtcSmartError,
} from '@trtc-smart/core';
import {
  EventHub,
  invalidParameter,
  mergeEvents,
  shareEvents,
  viewField,
} from '@trtc-smart/core/adapter-kit';
import { Observable } from 'rxjs';
import { checkRoomId } from '../checks.js';
import { on, roomConnection, TIMEOUT_LEAVE } from '../trtc-events.js';
import { reportFailedEntry, trtcCaller } from '../trtc-room.js';
import { type WebView, webViewRule } from '../view.js';
import { currentUser, type WebContext } from '../web-context.js';
import type { StringRooms } from './string-rooms.js';

/** How often TRTC reports volumes (TUICallKit's interval). */
const VOLUME_INTERVAL_MS = 500;

/**
 * Call media over TRTC's RTC scene. The microphone starts before entering (TRTC publishes it on
 * entry, so joining costs one round trip); leaving stops camera and microphone, as the call kits do.
 */
export function createCallMediaPort(context: WebContext, rooms: StringRooms): CallMediaPort<WebView> {
  const { trtc, TRTC } = context;
  const local = { joined: false, exiting: false, camera: false, exits: 0 };
  const trtcCall = trtcCaller(trtc);

  const failures = new EventHub<CallMediaEvent>();
  const sdkEvents$ = new Observable<CallMediaEvent>((subscriber) => {
    const { EVENT } = TRTC;
    const emit = (event: CallMediaEvent) => subscriber.next(event);
    const lost = () => {
      if (local.joined && !local.exiting) {
        local.joined = false;
        emit({ type: 'connectionLost' });
      }
    };
    const off = [
      on(trtc, EVENT.REMOTE_USER_ENTER, ({ userId }) => emit({ type: 'userEntered', userId })),
      on(trtc, EVENT.REMOTE_USER_EXIT, ({ userId, reason }) =>
        emit({ type: 'userLeft', userId, reason: reason === TIMEOUT_LEAVE ? 'networkTimeout' : 'left' }),
      ),
      on(trtc, EVENT.REMOTE_AUDIO_AVAILABLE, ({ userId }) =>
        emit({ type: 'audioAvailable', userId, available: true }),
      ),
      on(trtc, EVENT.REMOTE_AUDIO_UNAVAILABLE, ({ userId }) =>
        emit({ type: 'audioAvailable', userId, available: false }),
      ),
      on(trtc, EVENT.REMOTE_VIDEO_AVAILABLE, ({ userId, streamType }) => {
        if (streamType === TRTC.TYPE.STREAM_TYPE_MAIN)
          emit({ type: 'videoAvailable', userId, available: true });
      }),
      on(trtc, EVENT.REMOTE_VIDEO_UNAVAILABLE, ({ userId, streamType }) => {
        if (streamType === TRTC.TYPE.STREAM_TYPE_MAIN)
          emit({ type: 'videoAvailable', userId, available: false });
      }),
      on(trtc, EVENT.AUDIO_VOLUME, ({ result }) => {
        const self = context.credentials?.userId ?? '';
        // TRTC names the local user ''.
        const volumes = result.map((v) => ({ userId: v.userId || self, volume: v.volume }));
        emit({ type: 'volumes', volumes });
      }),
      on(trtc, EVENT.NETWORK_QUALITY, (quality) => {
        const userId = context.credentials?.userId;
        if (userId !== undefined) {
          emit({
            type: 'networkQuality',
            qualities: [{ userId, quality: quality.uplinkNetworkQuality as NetworkQuality }],
          });
        }
      }),
      on(trtc, EVENT.CONNECTION_STATE_CHANGED, ({ prevState, state }) => {
        if (!local.joined || local.exiting) return;
        const change = roomConnection(prevState, state);
        if (change === 'lost') lost();
        else emit({ type: 'connectionChanged', state: change });
      }),
      on(trtc, EVENT.KICKED_OUT, lost),
      on(trtc, EVENT.ERROR, (error) => emit({ type: 'error', code: error.code, message: error.message })),
    ];
    return () => {
      for (const remove of off) remove();
    };
  });
  const events$ = mergeEvents(sdkEvents$, failures.asObservable()).pipe(shareEvents());

  return {
    events$,
    async enterRoom({ roomId, userId }) {
      checkRoomId(roomId);
      const { userSig, userId: self } = currentUser(context);
      if (userId !== self) throw invalidParameter('userId', 'must be the logged-in user');
      const exits = local.exits;
      await trtcCall((t) => t.startLocalAudio());
      // exitRoom came while the microphone started: TRTC would not know to abort an entry not begun.
      if (local.exits !== exits) {
        await trtc.stopLocalAudio().catch(() => undefined);
        throw new TrtcSmartError(ErrorCode.CANCELLED, `enterRoom ${roomId}: overtaken by exitRoom`);
      }
      // A call in a string room (str_room_id) enters that room; TRTC reads roomId first, so only one is set.
      const strRoomId = rooms.get(roomId);
      const room = strRoomId === undefined ? { roomId } : { strRoomId };
      try {
        await trtcCall((t) =>
          t.enterRoom({ sdkAppId: context.sdkAppId, userId, userSig, ...room, scene: TRTC.TYPE.SCENE_RTC }),
        );
      } catch (error) {
        await trtc.stopLocalAudio().catch(() => undefined);
        reportFailedEntry(failures, error);
      }
      trtc.enableAudioVolumeEvaluation(VOLUME_INTERVAL_MS);
      local.joined = true;
    },
    async exitRoom() {
      local.exits++;
      local.exiting = true;
      try {
        // Also after TRTC gave up reconnecting: exitRoom releases what the lost room still holds.
        await trtcCall((t) => t.exitRoom());
      } finally {
        local.joined = false;
        local.exiting = false;
        await stopCapture();
      }
    },
    async openCamera({ isFront, view }) {
      const element = viewField(view, 'view', webViewRule);
      const config = { view: element, option: { useFrontCamera: isFront } };
      if (local.camera) await trtcCall((t) => t.updateLocalVideo(config));
      else await trtcCall((t) => t.startLocalVideo(config));
      local.camera = true;
    },
    async closeCamera() {
      if (local.camera) await trtcCall((t) => t.stopLocalVideo());
      local.camera = false;
    },
    async switchCamera({ isFront }) {
      if (local.camera) await trtcCall((t) => t.updateLocalVideo({ option: { useFrontCamera: isFront } }));
    },
    async setMicMute({ isMute }) {
      await trtcCall((t) => t.updateLocalAudio({ mute: isMute }));
    },
    async setHandsFree() {
      // Browsers have no earpiece: audio plays on the chosen output device either way (core keeps the flag).
    },
    async startRemoteView({ userId, view }) {
      const element = viewField(view, 'view', webViewRule);
      await trtcCall((t) =>
        t.startRemoteVideo({ userId, streamType: TRTC.TYPE.STREAM_TYPE_MAIN, view: element }),
      );
    },
    async stopRemoteView({ userId }) {
      await trtcCall((t) => t.stopRemoteVideo({ userId, streamType: TRTC.TYPE.STREAM_TYPE_MAIN }));
    },
  };

  async function stopCapture(): Promise<void> {
    if (local.camera) await trtc.stopLocalVideo().catch(() => undefined);
    local.camera = false;
    await trtc.stopLocalAudio().catch(() => undefined);
  }
}
