import {
  ErrorCode,
  type LiveMediaEvent,
  type LiveMediaPort,
  type LiveRole,
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
import { checkRoomId, checkUserId } from '../checks.js';
import { fromSdkError } from '../errors.js';
import type { CdnStreamingPlugin } from '../sdk.js';
import { on, roomConnection, TIMEOUT_LEAVE } from '../trtc-events.js';
import { reportFailedEntry, trtcCaller } from '../trtc-room.js';
import { type WebView, webViewRule } from '../view.js';
import { currentUser, type WebContext } from '../web-context.js';
import type { JoinedRoom } from './joined-room.js';

export interface LivePlugins {
  /** Whether `CrossRoom` was registered in TRTC.create: PK needs it. */
  readonly crossRoom: boolean;
  /** `CDNStreaming`, when given: it binds the CDN stream id a publisher announces. */
  readonly cdnStreaming: CdnStreamingPlugin | undefined;
}

export interface LiveLink {
  /** The IM room, shared with the signaling port: it notes the stream ids co-hosts tell the owner. */
  readonly room: JoinedRoom;
  /** Tells the room's owner this user's stream id once it publishes (action 103), unless it is the owner. */
  readonly noticeStream: (streamId: string) => Promise<void>;
}

/**
 * Live media over TRTC's live scene. The preview is a local video that is not published; publishing
 * publishes it and the microphone, and binds the CDN stream id; co-hosting is a role switch; PK is
 * the CrossRoom plugin. TRTC reports only anchors as remote users in this scene, so its remote-user
 * events are the port's anchor events.
 */
export function createLiveMediaPort(
  context: WebContext,
  plugins: LivePlugins,
  link: LiveLink,
): LiveMediaPort<WebView> {
  const { trtc, TRTC } = context;
  const local = {
    joined: false,
    exiting: false,
    camera: false,
    mirror: false,
    micMuted: false,
    publishing: false,
    /** Users TRTC shows in this room (its anchors, and a PK partner): the ones that can be played. */
    anchors: new Set<string>(),
  };
  const trtcCall = trtcCaller(trtc);
  const role = (r: LiveRole) => (r === 'anchor' ? TRTC.TYPE.ROLE_ANCHOR : TRTC.TYPE.ROLE_AUDIENCE);
  const left = () => {
    local.joined = false;
    local.publishing = false;
    local.anchors.clear();
  };

  const failures = new EventHub<LiveMediaEvent>();
  const sdkEvents$ = new Observable<LiveMediaEvent>((subscriber) => {
    const { EVENT } = TRTC;
    const emit = (event: LiveMediaEvent) => subscriber.next(event);
    const lost = () => {
      if (!local.joined || local.exiting) return;
      left();
      emit({ type: 'connectionLost' });
    };
    const off = [
      on(trtc, EVENT.REMOTE_USER_ENTER, ({ userId }) => {
        if (!local.joined) return;
        local.anchors.add(userId);
        const streamId = link.room.streamOf(userId);
        emit({ type: 'anchorEntered', userId, ...(streamId === undefined ? {} : { streamId }) });
      }),
      on(trtc, EVENT.REMOTE_USER_EXIT, ({ userId, reason }) => {
        if (!local.anchors.delete(userId)) return;
        emit({ type: 'anchorLeft', userId, reason: reason === TIMEOUT_LEAVE ? 'networkTimeout' : 'left' });
      }),
      on(trtc, EVENT.CONNECTION_STATE_CHANGED, ({ prevState, state }) => {
        if (!local.joined || local.exiting) return;
        const change = roomConnection(prevState, state);
        if (change === 'lost') lost();
        else emit({ type: 'connectionChanged', state: change });
      }),
      on(trtc, EVENT.KICKED_OUT, lost),
      on(trtc, EVENT.ERROR, (error) => {
        if (local.joined) emit({ type: 'error', code: error.code, message: error.message });
      }),
    ];
    // A co-host's stream id can come after its stream: the anchor is reported again, with it.
    const notices = link.room.streamNoticed.asObservable().subscribe(({ userId, streamId }) => {
      if (local.anchors.has(userId)) emit({ type: 'anchorEntered', userId, streamId });
    });
    return () => {
      notices.unsubscribe();
      for (const remove of off) remove();
    };
  });
  const events$ = mergeEvents(sdkEvents$, failures.asObservable()).pipe(shareEvents());

  const inRoom = (method: string) => {
    if (!local.joined) throw new TrtcSmartError(ErrorCode.INVALID_STATE, `${method}: not in a live room`);
  };

  return {
    events$,
    async startCameraPreview({ isFront, view }) {
      const element = viewField(view, 'view', webViewRule);
      const option = { useFrontCamera: isFront, mirror: local.mirror };
      // Unpublished until startPublish: an anchor previews before it goes live.
      const config = { view: element, publish: local.publishing, option };
      if (local.camera) await trtcCall((t) => t.updateLocalVideo(config));
      else await trtcCall((t) => t.startLocalVideo(config));
      local.camera = true;
    },
    async stopCameraPreview() {
      if (local.camera) await trtcCall((t) => t.stopLocalVideo());
      local.camera = false;
    },
    async enterRoom({ roomId, userId, role: r }) {
      checkRoomId(roomId);
      const { userSig, userId: self } = currentUser(context);
      if (userId !== self) throw invalidParameter('userId', 'must be the logged-in user');
      try {
        await trtcCall((t) =>
          t.enterRoom({
            sdkAppId: context.sdkAppId,
            userId,
            userSig,
            roomId,
            scene: TRTC.TYPE.SCENE_LIVE,
            role: role(r),
          }),
        );
      } catch (error) {
        reportFailedEntry(failures, error);
      }
      local.joined = true;
    },
    async exitRoom() {
      local.exiting = true;
      try {
        // An unpublish that fails (the link is down) must not keep the device in the room: TRTC's
        // exitRoom leaves locally whatever the cloud hears, and stops the publishing with it.
        await stopPublishing().catch(() => undefined);
        // Also after TRTC gave up reconnecting: exitRoom releases what the lost room still holds.
        await trtcCall((t) => t.exitRoom());
      } finally {
        left();
        local.exiting = false;
      }
    },
    async switchRole({ role: r }) {
      inRoom('switchRole');
      await trtcCall((t) => t.switchRole(role(r)));
      // TRTC stops publishing for an audience member.
      if (r === 'audience') local.publishing = false;
    },
    async startPublish({ streamId }) {
      if (streamId.length === 0) throw invalidParameter('streamId', 'must not be empty');
      inRoom('startPublish');
      await trtcCall((t) => t.startLocalAudio({ mute: local.micMuted }));
      local.publishing = true;
      if (local.camera) await trtcCall((t) => t.updateLocalVideo({ publish: true }));
      const cdn = plugins.cdnStreaming;
      if (cdn) {
        const target = { publishMode: cdn.TYPE.PublishMode.PublishMainStreamToCDN, streamId };
        await trtcCall((t) => t.startPlugin('CDNStreaming', { target }));
      }
      // The stream is up either way: a lost notice only leaves the owner's list without its id.
      await link.noticeStream(streamId).catch((error: unknown) => {
        const { code, message } = fromSdkError('chat', error);
        failures.next({ type: 'warning', code, message: `co-host stream notice: ${message}` });
      });
    },
    async stopPublish() {
      inRoom('stopPublish');
      await stopPublishing();
    },
    async startPlay({ userId, view }) {
      checkUserId(userId);
      const element = viewField(view, 'view', webViewRule);
      inRoom('startPlay');
      if (!local.anchors.has(userId)) {
        throw new TrtcSmartError(ErrorCode.NOT_FOUND, `${userId} publishes nothing in this room`);
      }
      await trtcCall((t) =>
        t.startRemoteVideo({ userId, streamType: TRTC.TYPE.STREAM_TYPE_MAIN, view: element }),
      );
    },
    async stopPlay({ userId }) {
      checkUserId(userId);
      if (!local.anchors.has(userId)) return;
      await trtcCall((t) => t.stopRemoteVideo({ userId, streamType: TRTC.TYPE.STREAM_TYPE_MAIN }));
    },
    async connectOtherRoom({ roomId, userId }) {
      checkRoomId(roomId);
      checkUserId(userId);
      inRoom('connectOtherRoom');
      if (!plugins.crossRoom) {
        throw new TrtcSmartError(
          ErrorCode.INVALID_STATE,
          'connectOtherRoom: PK needs the CrossRoom plugin (createWebAdapter({ CrossRoom }))',
        );
      }
      await trtcCall((t) => t.startPlugin('CrossRoom', { roomId, userId }));
    },
    async disconnectOtherRoom() {
      inRoom('disconnectOtherRoom');
      if (plugins.crossRoom) await trtcCall((t) => t.stopPlugin('CrossRoom'));
    },
    async switchCamera({ isFront }) {
      if (local.camera) await trtcCall((t) => t.updateLocalVideo({ option: { useFrontCamera: isFront } }));
    },
    async setMirror({ isMirror }) {
      if (local.camera) await trtcCall((t) => t.updateLocalVideo({ option: { mirror: isMirror } }));
      local.mirror = isMirror;
    },
    async muteLocalAudio({ isMute }) {
      if (local.publishing) await trtcCall((t) => t.updateLocalAudio({ mute: isMute }));
      local.micMuted = isMute;
    },
    async muteRemoteAudio({ userId, isMute }) {
      checkUserId(userId);
      inRoom('muteRemoteAudio');
      await trtcCall((t) => t.muteRemoteAudio(userId, isMute));
    },
    async muteAllRemoteAudio({ isMute }) {
      inRoom('muteAllRemoteAudio');
      // TRTC's '*' is every remote user, present and to come.
      await trtcCall((t) => t.muteRemoteAudio('*', isMute));
    },
  };

  async function stopPublishing(): Promise<void> {
    if (!local.publishing) return;
    local.publishing = false;
    const cdn = plugins.cdnStreaming;
    if (cdn) {
      const target = { publishMode: cdn.TYPE.PublishMode.PublishMainStreamToCDN };
      await trtc.stopPlugin('CDNStreaming', { target }).catch(() => undefined);
    }
    if (local.camera) await trtcCall((t) => t.updateLocalVideo({ publish: false }));
    await trtcCall((t) => t.stopLocalAudio());
  }
}
