import { Subject } from 'rxjs';
import type { ImSignalingEvent } from '../cloud/im-signaling.js';
import type { FakeAdapter, FakeCloud } from '../create-fake-cloud.js';
import type { KitReading, OfficialCallKit, WireCallType } from './call-kit.js';
import { jsCallEngine } from './call-kit-js.js';
import {
  KIT_MAX_ROOM,
  KIT_TIMEOUT_SEC,
  type OfficialCallKitName,
  type OfficialPeerEnd,
  type OfficialPeerLogEntry,
  officialCallKits,
  type PeerCall,
  PeerRoom,
} from './call-peer-types.js';

export {
  type OfficialCallKitName,
  type OfficialPeerEnd,
  type OfficialPeerLogEntry,
  officialCallKits,
} from './call-peer-types.js';

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
  /** Each end as it happens (some come from no signal: a timer, a lost session or room). */
  readonly ends$ = new Subject<OfficialPeerEnd>();
  #call: PeerCall | undefined;
  readonly #cloud: FakeCloud;
  /** Invitations sent whose inviteID is not back yet. */
  #inviting = 0;
  /**
   * Answers that overtook their invitation's inviteID: IM sends the inviteID before any answer
   * (and a native SDK returns it at once), only the fake network's jitter reorders them.
   */
  readonly #early: ImSignalingEvent[] = [];
  readonly #room: PeerRoom;

  constructor(cloud: FakeCloud, kit: OfficialCallKitName, userId: string, label = `${kit}:${userId}`) {
    this.kit = officialCallKits[kit];
    this.userId = userId;
    this.#cloud = cloud;
    this.device = cloud.adapter(label);
    this.#room = new PeerRoom(this.device.callMedia, userId);
    this.device.imSignaling.events$.subscribe((event) => this.#receive(event));
    // IM ended the session (kicked offline, userSig expired): the kit can signal nothing more, so
    // its call ends here; the others' invitation timeout or room exit ends it there.
    this.device.session.events$.subscribe((event) => {
      if (this.#call && (event.type === 'kickedOffline' || event.type === 'userSigExpired'))
        this.#end('loggedOut');
    });
    this.device.callMedia.events$.subscribe((event) => {
      const call = this.#call;
      // TRTC's onExitRoom (removed from the room) or a link it gave up: the kit is out of its call's room.
      if (event.type === 'connectionLost' && call) return this.#end('roomLost');
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

  /** Whether it placed the current call or was called. */
  get role(): 'caller' | 'callee' | undefined {
    return this.#call?.role;
  }

  /** The TRTC room of the current call. */
  get roomId(): number | undefined {
    return this.#call?.roomId;
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
    // The app dials from the tap on (a call coming in meanwhile finds it busy); its inviteID comes later.
    const call: PeerCall = {
      ...{ roomId, callType, userIds: [to], groupId: '', inviteID: '', role: 'caller', peer: to },
      ...{ startedAtMs: this.#now(), connected: false },
    };
    this.#ring(call, KIT_TIMEOUT_SEC);
    // A call whose room or invitation fails is a failed call (the kit's onError): it ends, leaving the room.
    const failed = (error: unknown) => {
      if (this.#call === call) this.#end('error');
      throw error;
    };
    await this.#room.enter(roomId, callType).catch(failed);
    if (this.#call !== call) return;
    const sent = (inviteID: string) => {
      call.inviteID = inviteID;
      // Hung up while the invitation was on its way: the kit's hangup cancels it.
      if (this.#call !== call)
        this.#background(this.device.imSignaling.cancel({ inviteID, data: this.kit.cancel(call) }));
    };
    await this.#invite(to, this.kit.invite(call), KIT_TIMEOUT_SEC, sent).catch(failed);
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
    // A room it cannot enter ends the call (onEnterRoom < 0: onError, then hang up).
    const entry = this.#room.enter(call.roomId, call.callType).catch((error: unknown) => {
      if (this.#call === call) this.#end('error');
      throw error;
    });
    if (this.kit.name !== 'js') await entry;
    if (this.#call !== call) return;
    call.connected = true;
    await Promise.all([entry, this.#answer('accept', call, this.kit.accept(call)).catch(() => undefined)]);
  }

  /** Refuses the ringing call. */
  async reject(): Promise<void> {
    const call = this.#require('ringing');
    // The kit's call ends when its user taps, whether the signal gets through or not.
    this.#end('localReject');
    await this.#answer('reject', call, this.kit.reject(call));
  }

  /** Withdraws its invitation. */
  async cancel(): Promise<void> {
    const call = this.#require('dialing');
    const data = this.kit.cancel(call);
    this.#end('localCancel');
    if (call.inviteID === '') return; // cancelled once it is sent (call)
    this.#note('sent', 'cancel', call.inviteID, call.peer, data);
    await this.device.imSignaling.cancel({ inviteID: call.inviteID, data });
  }

  /** Leaves a connected call; the JS engine signals it, the native kits only exit the room. */
  async hangup(): Promise<void> {
    const call = this.#require('inCall');
    const data = this.kit.hangup(call, this.#seconds());
    this.#end('localHangup');
    if (this.kit.signalsHangup) await this.#invite(call.peer, data, 0);
  }

  /** Asks to switch the call to audio. */
  async switchToAudio(): Promise<void> {
    const call = this.#require('inCall');
    await this.#invite(call.peer, this.kit.switchToAudio(call), KIT_TIMEOUT_SEC, (id) => {
      call.switchInviteID = id;
    });
  }

  /** The JS engine's switchVideoCall (the other kits have none). */
  async switchToVideo(): Promise<void> {
    const call = this.#require('inCall');
    const data = jsCallEngine.switchToVideo(call);
    await this.#invite(call.peer, data, KIT_TIMEOUT_SEC, (id) => {
      call.switchInviteID = id;
    });
  }

  /** The log entries the peer received for an event, newest last. */
  received(event: ImSignalingEvent['type']): OfficialPeerLogEntry[] {
    return this.log.filter((e) => e.direction === 'received' && e.event === event);
  }

  #receive(event: ImSignalingEvent): void {
    const answer =
      event.type === 'inviteeAccepted' ||
      event.type === 'inviteeRejected' ||
      event.type === 'invitationTimeout';
    const known = event.inviteID === this.#call?.inviteID || event.inviteID === this.#call?.switchInviteID;
    if (answer && !known && this.#inviting > 0) {
      this.#early.push(event);
      return;
    }
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
        const ringing = {
          ...incoming,
          inviteID: event.inviteID,
          role: 'callee' as const,
          peer: event.inviter,
        };
        this.#ring({ ...ringing, startedAtMs: this.#now(), connected: false }, event.timeout);
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
        this.#background(
          this.#answer(
            'accept',
            { ...call, inviteID: event.inviteID },
            this.kit.agreeSwitch(call, event.data),
          ),
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

  /** Sends an invitation; `sent` learns its inviteID before any answer to it is read. */
  async #invite(to: string, data: string, timeout: number, sent?: (inviteID: string) => void): Promise<void> {
    this.#inviting++;
    try {
      const { inviteID } = await this.device.imSignaling.invite({
        inviteeList: [to],
        groupID: '',
        data,
        timeout,
      });
      this.#note('sent', 'invite', inviteID, to, data);
      sent?.(inviteID);
    } finally {
      this.#inviting--;
      // Answers to what is known now are read; the rest wait for another inviteID, or are read (and dropped).
      for (const event of this.#early.splice(0)) this.#receive(event);
    }
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
    this.ends$.next(reason);
    this.#background(this.#room.exit());
  }

  /**
   * A call that rings (or dials) until answered: the IM SDK's own timer ends it after the
   * invitation's timeout even when the cloud's timeout notice cannot reach the device.
   */
  #ring(call: PeerCall, timeoutSec: number): void {
    this.#call = call;
    if (timeoutSec <= 0) return;
    this.device.clock.setTimeout(() => {
      if (this.#call === call && !call.connected) this.#end('timeout');
    }, timeoutSec * 1000);
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
