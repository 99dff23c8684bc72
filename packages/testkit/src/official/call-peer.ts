import { CallType } from '@trtc-smart/core';
import { Subject } from 'rxjs';
import type { ImSignalingEvent } from '../cloud/im-signaling.js';
import type { FakeAdapter, FakeCloud } from '../create-fake-cloud.js';
import type { KitCall, KitReading, OfficialCallKit, WireCallType } from './call-kit.js';
import { androidCallKit } from './call-kit-android.js';
import { iosCallKit } from './call-kit-ios.js';
import { jsCallEngine } from './call-kit-js.js';

/** The official call kits, by name. */
export const officialCallKits = { ios: iosCallKit, android: androidCallKit, js: jsCallEngine } as const;
/** An official call kit the testkit scripts: `ios`, `android` or `js`. */
export type OfficialCallKitName = keyof typeof officialCallKits;

/** One signal the peer sent or received, with its raw `data` and how the kit read it. */
export interface OfficialPeerLogEntry {
  readonly atMs: number;
  readonly direction: 'sent' | 'received';
  /** invite | accept | reject | cancel, or the IM event's name. */
  readonly event: string;
  readonly inviteID: string;
  /** The other user (sender of what was received, addressee of what was sent). */
  readonly peer: string;
  readonly data: string;
  readonly reading?: KitReading;
}

/** Why the peer's call ended, in the kit's terms. */
export type OfficialPeerEnd =
  | 'localHangup'
  | 'localCancel'
  | 'localReject'
  | 'rejected'
  | 'busy'
  | 'cancelled'
  | 'timeout'
  | 'hangup'
  | 'remoteLeft'
  | 'otherDeviceAccepted'
  | 'otherDeviceRejected';

interface PeerCall extends KitCall {
  readonly inviteID: string;
  readonly role: 'caller' | 'callee';
  readonly peer: string;
  readonly startedAtMs: number;
  callType: WireCallType;
  connected: boolean;
  switchInviteID?: string;
}

/** The kits' invitation timeout (TIME_OUT_COUNT / SIGNALING_EXTRA_KEY_TIME_OUT / `timeout: 30`). */
const KIT_TIMEOUT_SEC = 30;
/** Android's ROOM_ID_MAX / the JS engine's 2147483646: a Java int. */
const KIT_MAX_ROOM = 2_147_483_646;

const coreType = (wire: WireCallType): CallType => (wire === 1 ? CallType.AUDIO : CallType.VIDEO);

/**
 * A scripted user of one of Tencent's official call kits on the fake cloud: it sends exactly the
 * payloads the kit builds (call-kit-*.ts, each citing its source) through IM's invitation API,
 * reads what it receives with the kit's own rules, and reacts as the kit does: busy when already
 * in a call, agreeing to switch to audio, leaving on a hang-up it reads, stopping when the same
 * account answered elsewhere (iOS, JS). Tests drive its user's actions and assert on `ends` and `log`.
 */
export class OfficialCallPeer {
  readonly kit: OfficialCallKit;
  readonly userId: string;
  readonly device: FakeAdapter;
  readonly log: OfficialPeerLogEntry[] = [];
  readonly log$ = new Subject<OfficialPeerLogEntry>();
  /** Every end so far, oldest first. */
  readonly ends: OfficialPeerEnd[] = [];
  #call: PeerCall | undefined;
  readonly #cloud: FakeCloud;

  constructor(cloud: FakeCloud, kit: OfficialCallKitName, userId: string, label = `${kit}:${userId}`) {
    this.kit = officialCallKits[kit];
    this.userId = userId;
    this.#cloud = cloud;
    this.device = cloud.adapter(label);
    this.device.imSignaling.events$.subscribe((event) => this.#receive(event));
    this.device.callMedia.events$.subscribe((event) => {
      const call = this.#call;
      // A 1:1 call ends when the other user leaves the room, accepted or not: iOS and Android drop the
      // leaver from their invited list first (onRemoteUserLeaveRoom, then preExitRoom), JS onRemoteUserLeave.
      if (event.type !== 'userLeft' || !call || event.userId !== call.peer) return;
      // Each tells the leaver it hung up: Android preExitRoom(leaveUser) HANGUP, iOS preExitRoom:leaveUser
      // CallAction_End (TRTCCalling+Signal.m at 3ca38fda), JS onRemoteUserLeave TSignalingClient.hangup.
      this.#background(this.#invite(call.peer, this.kit.hangup(call, this.#seconds()), 0));
      this.#end('remoteLeft');
    });
  }

  get state(): 'idle' | 'dialing' | 'ringing' | 'inCall' {
    const call = this.#call;
    if (!call) return 'idle';
    if (call.connected) return 'inCall';
    return call.role === 'caller' ? 'dialing' : 'ringing';
  }

  /** The other user of the current call. */
  get remoteUser(): string | undefined {
    return this.#call?.peer;
  }

  /** The call type the kit now believes in (1 audio, 2 video). */
  get callType(): WireCallType | undefined {
    return this.#call?.callType;
  }

  /** Logs the scripted kit user in. */
  login(): Promise<void> {
    const { sdkAppId } = this.#cloud.options;
    return this.device.session.login({ sdkAppId, userId: this.userId, userSig: `official-${this.userId}` });
  }

  /** The kit's call(): a random Java-int room, entered at once, and one invitation. */
  async call(to: string, callType: WireCallType): Promise<void> {
    const roomId = 1 + Math.floor(this.device.random.next() * KIT_MAX_ROOM);
    const call = { roomId, callType, userIds: [to], groupId: '' };
    await this.device.callMedia.enterRoom({ roomId, userId: this.userId, callType: coreType(callType) });
    const inviteID = await this.#invite(to, this.kit.invite(call), KIT_TIMEOUT_SEC);
    this.#call = { ...call, inviteID, role: 'caller', peer: to, startedAtMs: this.#now(), connected: false };
  }

  /**
   * Accepts the ringing call. The native kits enter the room first and accept in onEnterRoom (iOS
   * `-accept` / `-onEnterRoom:` in iOS/Source/Model/Impl/TRTCCalling.m at 3ca38fda; Android
   * `accept()` / `onEnterRoom` in …/model/impl/TRTCCallingImpl.java at 16cdb73f); the JS engine's
   * `handleAccept` starts enterRoom and accepts without waiting (tuicall-engine-wx.js at 95018a51).
   * A cancel meanwhile ends the call; the kit's failed accept is only logged (onError).
   */
  async accept(): Promise<void> {
    const call = this.#require('ringing');
    const { roomId, callType } = call;
    const entry = this.device.callMedia.enterRoom({
      roomId,
      userId: this.userId,
      callType: coreType(callType),
    });
    if (this.kit.name !== 'js') await entry;
    if (this.#call !== call) return;
    call.connected = true;
    await Promise.all([entry, this.#answer('accept', call, this.kit.accept(call)).catch(() => undefined)]);
  }

  /** Refuses the ringing call. */
  async reject(): Promise<void> {
    const call = this.#require('ringing');
    await this.#answer('reject', call, this.kit.reject(call));
    this.#end('localReject');
  }

  /** Withdraws its invitation. */
  async cancel(): Promise<void> {
    const call = this.#require('dialing');
    const data = this.kit.cancel(call);
    this.#note('sent', 'cancel', call.inviteID, call.peer, data);
    await this.device.imSignaling.cancel({ inviteID: call.inviteID, data });
    this.#end('localCancel');
  }

  /** Leaves a connected call; the JS engine signals it, the native kits only exit the room. */
  async hangup(): Promise<void> {
    const call = this.#require('inCall');
    if (this.kit.signalsHangup) await this.#invite(call.peer, this.kit.hangup(call, this.#seconds()), 0);
    this.#end('localHangup');
  }

  /** Asks to switch the call to audio. */
  async switchToAudio(): Promise<void> {
    const call = this.#require('inCall');
    call.switchInviteID = await this.#invite(call.peer, this.kit.switchToAudio(call), KIT_TIMEOUT_SEC);
  }

  /** The JS engine's switchVideoCall (the other kits have none). */
  async switchToVideo(): Promise<void> {
    const call = this.#require('inCall');
    const data = jsCallEngine.switchToVideo(call);
    call.switchInviteID = await this.#invite(call.peer, data, KIT_TIMEOUT_SEC);
  }

  /** The log entries the peer received for an event, newest last. */
  received(event: ImSignalingEvent['type']): OfficialPeerLogEntry[] {
    return this.log.filter((e) => e.direction === 'received' && e.event === event);
  }

  #receive(event: ImSignalingEvent): void {
    switch (event.type) {
      case 'newInvitationReceived':
        this.#invited(event);
        return;
      case 'inviteeAccepted':
      case 'inviteeRejected':
        this.#answered(event, event.type === 'inviteeAccepted');
        return;
      // iOS handleCallModel CallAction_Cancel (checkCallID), Android onInvitationCancelled (inviteID equals
      // mCurCallID), JS handleInvitationCancelled (not IDLE): the invitation's call ends, accepting or not.
      case 'invitationCancelled': {
        this.#note('received', event.type, event.inviteID, event.inviter, event.data, { kind: 'cancelled' });
        const call = this.#call;
        if (call?.role === 'callee' && call.inviteID === event.inviteID) this.#end('cancelled');
        return;
      }
      // iOS CallAction_Timeout, Android / JS onInvitationTimeout: the unanswered call ends on both sides.
      case 'invitationTimeout': {
        this.#note('received', event.type, event.inviteID, event.inviter, '');
        if (this.#call?.inviteID === event.inviteID && !this.#call.connected) this.#end('timeout');
      }
    }
  }

  #invited(event: Extract<ImSignalingEvent, { type: 'newInvitationReceived' }>): void {
    const reading = this.kit.readInvitation(event.data);
    this.#note('received', event.type, event.inviteID, event.inviter, event.data, reading);
    // Every kit drops its own account's invitations (iOS checkLoginUserIsEqualTo, JS getUserID() === inviter).
    if (event.inviter === this.userId || !event.inviteeList.includes(this.userId)) return;
    const call = this.#call;
    switch (reading.kind) {
      case 'call': {
        const callType: WireCallType = reading.callType === 1 ? 1 : 2;
        const incoming = {
          roomId: reading.roomId,
          callType,
          userIds: [...event.inviteeList],
          groupId: event.groupID,
        };
        // Busy when already in a call: iOS handleCallModel CallAction_Call (isOnCalling -> CallAction_Linebusy),
        // Android handleDialing (isOnCalling -> VIDEO_CALL_ACTION_LINE_BUSY), JS handleNewInvitationReceived
        // (status not IDLE -> reject lineBusy); sources as in call-kit-*.ts.
        if (call) {
          const busy = this.kit.busy(incoming, event.data);
          this.#background(
            this.#answer('reject', { ...incoming, inviteID: event.inviteID, peer: event.inviter }, busy),
          );
          return;
        }
        this.#call = {
          ...incoming,
          inviteID: event.inviteID,
          role: 'callee',
          peer: event.inviter,
          startedAtMs: this.#now(),
          connected: false,
        };
        return;
      }
      // Android handleNewSignallingInvite (cmd hangup -> preExitRoom), JS handleHangupSignal -> onCallEnd;
      // iOS never gets here (its check: drops hang-ups).
      case 'hangup':
        if (call?.connected && event.inviter === call.peer) this.#end('hangup');
        return;
      // iOS handleCallModel CallAction_SwitchToAudio, Android handleSwitchToAudio, JS
      // handleSwitchCallModeTSignaling: a video call agrees with the kit's own accept.
      case 'switchToAudio':
        if (!call?.connected || call.callType !== 2) return;
        call.callType = 1;
        void this.#answer(
          'accept',
          { ...call, inviteID: event.inviteID },
          this.kit.agreeSwitch(call, event.data),
        );
    }
  }

  #answered(
    event: Extract<ImSignalingEvent, { type: 'inviteeAccepted' | 'inviteeRejected' }>,
    accepted: boolean,
  ) {
    const reading = accepted ? this.kit.readAccepted(event.data) : this.kit.readRejected(event.data);
    this.#note('received', event.type, event.inviteID, event.invitee, event.data, reading);
    const call = this.#call;
    if (!call) return;
    if (event.invitee === this.userId) {
      // The same account answered on another device.
      if (this.kit.followsOtherDevice && this.state === 'ringing' && call.inviteID === event.inviteID)
        this.#end(accepted ? 'otherDeviceAccepted' : 'otherDeviceRejected');
      return;
    }
    if (event.inviteID === call.switchInviteID) {
      // Only an answer the kit reads as agreement switches it (a plain accept does not).
      if (reading.kind === 'switchAccepted') call.callType = 1;
      return;
    }
    if (event.inviteID !== call.inviteID || call.role !== 'caller') return;
    if (accepted) call.connected = true;
    else this.#end(reading.kind === 'busy' ? 'busy' : 'rejected');
  }

  async #invite(to: string, data: string, timeout: number): Promise<string> {
    const { inviteID } = await this.device.imSignaling.invite({
      inviteeList: [to],
      groupID: '',
      data,
      timeout,
    });
    this.#note('sent', 'invite', inviteID, to, data);
    return inviteID;
  }

  async #answer(
    how: 'accept' | 'reject',
    call: { readonly inviteID: string; readonly peer: string },
    data: string,
  ): Promise<void> {
    this.#note('sent', how, call.inviteID, call.peer, data);
    await this.device.imSignaling[how]({ inviteID: call.inviteID, data });
  }

  /** The kit's own reactions: a failure is logged by the kit (onError), never thrown at the app. */
  #background(work: Promise<unknown>): void {
    work.catch(() => undefined);
  }

  #end(reason: OfficialPeerEnd): void {
    this.#call = undefined;
    this.ends.push(reason);
    void this.device.callMedia.exitRoom().catch(() => undefined);
  }

  #require(state: 'ringing' | 'dialing' | 'inCall'): PeerCall {
    const call = this.#call;
    if (!call || this.state !== state) throw new Error(`${this.kit.name} peer ${this.userId}: not ${state}`);
    return call;
  }

  #seconds(): number {
    return Math.round((this.#now() - (this.#call?.startedAtMs ?? this.#now())) / 1000);
  }

  #now(): number {
    return this.#cloud.clock.now();
  }

  #note(
    direction: 'sent' | 'received',
    event: string,
    inviteID: string,
    peer: string,
    data: string,
    reading?: KitReading,
  ): void {
    const entry = {
      atMs: this.#now(),
      direction,
      event,
      inviteID,
      peer,
      data,
      ...(reading ? { reading } : {}),
    };
    this.log.push(entry);
    this.log$.next(entry);
  }
}
