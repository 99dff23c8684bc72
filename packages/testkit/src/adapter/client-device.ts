import {
  type CallMediaEvent,
  type CallSignalingEvent,
  ErrorCode,
  type SessionEvent,
  TrtcSmartError,
} from '@trtc-smart/core';
import type { MediaPortEvent } from '@trtc-smart/core/media';
import { Subject } from 'rxjs';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { ImMessageEvent } from '../cloud/im-groups.js';
import type { ImSignalingEvent } from '../cloud/im-signaling.js';
import { type JsonValue, type Trace, toJson } from '../cloud/trace.js';
import type { DeviceEndpoint, DownlinkMessage, RequestMessage, ResponseMessage } from '../cloud/wire.js';
import { leftAllRooms, receiveControls } from '../media/local-controls.js';
import { DeviceClock } from './device-clock.js';
import { LiveDevice } from './live-device.js';
import { LocalMedia } from './local-media.js';

export interface ClientDeviceDeps {
  readonly clock: VirtualClock;
  readonly trace: Trace;
  readonly requestTimeoutMs: number;
  /** Puts a request on this device's uplink. */
  readonly sendUp: (deviceId: string, request: RequestMessage) => void;
  /** Tells the cloud the device stopped (or resumed) sending heartbeats for its room. */
  readonly heartbeatsChanged: (deviceId: string) => void;
  readonly isLinkUp: (deviceId: string) => boolean;
}

interface PendingRequest {
  readonly resolve: (value: JsonValue) => void;
  readonly reject: (error: TrtcSmartError) => void;
  readonly timer: unknown;
}

export type LoginStatus = 'loggedOut' | 'loggingIn' | 'loggedIn';

/** The client half of one simulated device: its SDK state, its requests, its event streams. */
export class ClientDevice implements DeviceEndpoint {
  readonly id: string;
  readonly session$ = new Subject<SessionEvent>();
  readonly signaling$ = new Subject<CallSignalingEvent>();
  readonly media$ = new Subject<CallMediaEvent>();
  /** SDK-level IM signaling, for platform adapters' SDK doubles. */
  readonly im$ = new Subject<ImSignalingEvent>();
  /** SDK-level IM group and 1:1 messages, for platform adapters' SDK doubles. */
  readonly imMessages$ = new Subject<ImMessageEvent>();
  readonly media = new LocalMedia();
  /** The live-room half of the SDK (TRTCLiveRoom's state and listeners). */
  readonly live = new LiveDevice();
  status: LoginStatus = 'loggedOut';
  userId: string | undefined;
  /**
   * Who TRTC is logged in as: TRTC checks a userSig only when entering a room, so an IM session
   * whose userSig expired leaves it (and the rooms) as they were.
   */
  trtcUserId: string | undefined;
  /** The device's own clock: its skew and its sleep (see DeviceClock). */
  readonly clock: DeviceClock;
  /** What arrived while the device slept, delivered in order when it wakes. */
  #inbox: DownlinkMessage[] | undefined;
  readonly #deps: ClientDeviceDeps;
  readonly #pending = new Map<number, PendingRequest>();
  #nextRequestId = 1;

  constructor(id: string, deps: ClientDeviceDeps) {
    this.id = id;
    this.#deps = deps;
    this.clock = new DeviceClock(deps.clock);
  }

  /** Sends a request and waits for its answer; a lost request or answer ends in NETWORK_TIMEOUT. */
  request(method: string, params: unknown): Promise<JsonValue> {
    const requestId = this.#nextRequestId++;
    return new Promise<JsonValue>((resolve, reject) => {
      // The SDK's own timer: it stops while the tab sleeps, so an answer waiting for the tab wins.
      const timer = this.clock.setTimeout(() => {
        this.#pending.delete(requestId);
        reject(
          new TrtcSmartError(
            ErrorCode.NETWORK_TIMEOUT,
            `${method}: no answer within ${this.#deps.requestTimeoutMs} ms`,
          ),
        );
      }, this.#deps.requestTimeoutMs);
      this.#pending.set(requestId, { resolve, reject, timer });
      this.#deps.sendUp(this.id, { requestId, method, params: toJson(params) });
    });
  }

  requireLogin(): void {
    if (this.status !== 'loggedIn') throw new TrtcSmartError(ErrorCode.NOT_LOGGED_IN, 'not logged in');
  }

  /** TRTC calls need TRTC's login only (it outlives an expired IM userSig). */
  requireTrtcLogin(): void {
    if (this.trtcUserId === undefined) throw new TrtcSmartError(ErrorCode.NOT_LOGGED_IN, 'not logged in');
  }

  /** Tab sleep: the page's timers stop and what arrives waits (see DeviceClock). */
  sleep(): void {
    this.clock.sleep();
    this.#inbox ??= [];
  }

  wake(): void {
    this.clock.wake();
    const inbox = this.#inbox ?? [];
    this.#inbox = undefined;
    for (const message of inbox) this.receive(message);
  }

  receive(message: DownlinkMessage): void {
    if (this.#inbox) {
      this.#inbox.push(message);
      return;
    }
    switch (message.channel) {
      case 'response':
        this.#answer(message.response);
        return;
      case 'session':
        this.#sessionOver(message.event);
        return;
      case 'mediaControls':
        if (this.trtcUserId === undefined) return;
        // News of a room the device has left (or not entered) is dropped, as TRTC drops it; so is
        // a call room's substream of a user already gone (its news overtook the share's).
        if (
          this.live.heartbeats(message.roomId) ||
          (this.heartbeats(message.roomId) && !this.#gone(message.event))
        )
          receiveControls(this, message.event);
        else this.#local('ignored', { reason: 'otherRoom', event: toJson(message.event) });
        return;
      default:
        // Events racing a logout: the SDK has already torn its listeners down (TRTC's outlive an
        // expired IM userSig).
        if (
          message.channel === 'media' || message.channel === 'liveMedia'
            ? this.trtcUserId === undefined
            : this.status === 'loggedOut'
        ) {
          this.#local('ignored', { reason: 'notLoggedIn', event: toJson(message.event) });
          return;
        }
        if (message.channel === 'liveSignaling' || message.channel === 'liveMedia')
          this.live.receive(message);
        else if (message.channel === 'signaling') this.signaling$.next(message.event);
        else if (message.channel === 'im') this.im$.next(message.event);
        else if (message.channel === 'imMessage') this.imMessages$.next(message.event);
        else if (this.heartbeats(message.roomId)) this.#mediaEvent(message.event);
        // A late entry's room (overtaken by exitRoom or another entry) must not leak into the call.
        else this.#local('ignored', { reason: 'otherRoom', event: toJson(message.event) });
    }
  }

  connectionLost(): void {
    if (this.media.roomId !== undefined || this.media.joiningRoomId !== undefined) {
      this.media.reset();
      this.#local('connectionLost', null);
      this.media$.next({ type: 'connectionLost' });
    }
    if (this.live.local.roomId !== undefined) this.live.connectionLost();
    this.heartbeatsChanged();
  }

  linkChanged(up: boolean): void {
    // The IM SDK keeps retrying while the link is down, so it reports "connecting", not "disconnected".
    if (this.status === 'loggedIn') this.emitConnection(up ? 'connected' : 'connecting');
    this.heartbeatsChanged();
    this.#mediaLinkChanged(up);
    if (up) this.#relogin();
  }

  /**
   * Back online, the IM SDK logs in again (chat's `_reLoginOnReconnected`), and the answer tells it
   * of a kick or an expiry it could not hear meanwhile. A lost answer is asked again (its hellos go on).
   */
  #relogin(): void {
    if (this.status !== 'loggedIn') return;
    const userId = this.userId;
    this.request('session.relogin', null).then(
      (answer) => {
        const over = (answer as { over: SessionEvent | null }).over;
        if (over && this.userId === userId) this.#sessionOver(over);
      },
      (error: unknown) => {
        const lost = (error as TrtcSmartError).code === ErrorCode.NETWORK_TIMEOUT;
        if (lost && this.userId === userId && this.isLinkUp()) this.#relogin();
      },
    );
  }

  /**
   * TRTC in a room reconnects by itself: CONNECTED -> DISCONNECTED when the link drops, then
   * CONNECTING -> CONNECTED once it is back (trtc-sdk-v5's CONNECTION_STATE_CHANGED), re-entering
   * the room (and publishing again) if the cloud dropped it meanwhile. A rejoin that fails waits
   * for the next time the link comes back.
   */
  #mediaLinkChanged(up: boolean): void {
    const { media, live } = this;
    const callRoom = media.roomId;
    const liveRoom = live.local.roomId;
    if (callRoom === undefined && liveRoom === undefined) return;
    const emit = (state: 'reconnecting' | 'connected') => {
      this.#local('mediaConnection', { state });
      if (callRoom !== undefined) this.media$.next({ type: 'connectionChanged', state });
      else live.media$.next({ type: 'connectionChanged', state });
    };
    if (!up) {
      emit('reconnecting');
      return;
    }
    const rejoin = async () => {
      if (callRoom !== undefined) {
        const { members } = (await this.request('callMedia.enterRoom', {
          roomId: callRoom,
          callType: media.callType ?? 2,
          ...media.publishing(),
          rejoin: true,
        })) as { members: string[] };
        // TRTC syncs its remote-user list on rejoining: whoever is not in the room meanwhile is
        // gone, for all it knows by a timeout (it may be reconnecting too: the grace applies).
        if (media.roomId === callRoom)
          for (const userId of [...media.present].filter((id) => !members.includes(id)))
            this.#mediaEvent({ type: 'userLeft', userId, reason: 'networkTimeout' });
        return;
      }
      // One request, as TRTC restores its whole session on rejoining: a second trip would keep
      // the anchor reconnecting a round trip longer.
      const { role, streamId } = live.local;
      const { anchors } = (await this.request('liveMedia.enterRoom', {
        roomId: liveRoom,
        role,
        ...(streamId === undefined ? {} : { streamId }),
      })) as { anchors: string[] };
      if (live.local.roomId === liveRoom) live.rejoined(anchors);
    };
    rejoin().then(
      () => {
        const still = callRoom !== undefined ? media.roomId === callRoom : live.local.roomId === liveRoom;
        if (still && this.isLinkUp()) emit('connected');
      },
      () => undefined,
    );
  }

  #gone(event: MediaPortEvent): boolean {
    return event.type === 'subStreamAvailable' && event.available && !this.media.present.has(event.userId);
  }

  heartbeats(roomId: number): boolean {
    return this.media.roomId === roomId || this.media.joiningRoomId === roomId;
  }

  emitConnection(state: 'connected' | 'connecting' | 'disconnected'): void {
    this.#local('connectionChanged', { state });
    this.session$.next({ type: 'connectionChanged', state });
  }

  isLinkUp(): boolean {
    return this.#deps.isLinkUp(this.id);
  }

  /** The local SDK left its room (exitRoom, logout, kick): heartbeats stop. */
  leftRoom(): void {
    this.media.reset();
    this.heartbeatsChanged();
  }

  /**
   * An enterRoom answer came after exitRoom (or another enterRoom) overtook it: the device stays out.
   * The cloud may have taken the late entry, so it is told to leave that room (only that one: a
   * newer entry elsewhere stands). Returns the error the abandoned enterRoom rejects with.
   */
  abandonEntry(
    local: { readonly roomId: number | undefined; readonly joiningRoomId: number | undefined },
    exitMethod: string,
    roomId: number,
  ): TrtcSmartError {
    if (local.roomId !== roomId && local.joiningRoomId !== roomId) {
      this.request(exitMethod, { roomId }).catch(() => undefined); // lost: the heartbeat watch drops it
    }
    return new TrtcSmartError(ErrorCode.CANCELLED, `enterRoom ${roomId}: overtaken by exitRoom`);
  }

  heartbeatsChanged(): void {
    this.#deps.heartbeatsChanged(this.id);
    const { media, live } = this;
    const inRoom = [media.roomId, media.joiningRoomId, live.local.roomId, live.local.joiningRoomId];
    if (inRoom.every((roomId) => roomId === undefined)) leftAllRooms(this);
  }

  #answer(response: ResponseMessage): void {
    const pending = this.#pending.get(response.requestId);
    if (!pending) return; // a duplicate, or an answer after the timeout
    this.#pending.delete(response.requestId);
    this.clock.clearTimeout(pending.timer);
    if (response.ok) {
      pending.resolve(response.value);
      return;
    }
    pending.reject(new TrtcSmartError(response.code as ErrorCode, response.message));
    // IM no longer knows this session: it ended unheard (a kick or an expiry whose notice was
    // lost). The chat SDK learns how from IM's answer to its next hello, as on reconnecting.
    if (response.code === ErrorCode.NOT_LOGGED_IN) this.#relogin();
  }

  #sessionOver(event: SessionEvent): void {
    if (this.status !== 'loggedIn') return;
    this.status = 'loggedOut';
    this.userId = undefined;
    // An expired userSig ends IM only; TRTC goes on in its room. Otherwise the cloud took the
    // device out of its call or live room (TRTC's login is the session's here).
    if (event.type !== 'userSigExpired') {
      this.trtcUserId = undefined;
      this.live.local.leaveRoom();
      this.leftRoom();
    }
    this.session$.next(event);
    this.emitConnection('disconnected');
  }

  #mediaEvent(event: CallMediaEvent): void {
    if (event.type === 'userEntered') this.media.present.add(event.userId);
    // TRTC stops rendering a user who left.
    if (event.type === 'userLeft') {
      this.media.remoteViews.delete(event.userId);
      this.media.present.delete(event.userId);
    }
    this.media$.next(event);
  }

  #local(kind: string, payload: JsonValue): void {
    this.#deps.trace.record({ type: 'local', device: this.id, kind, payload });
  }
}
