import type { FakeCloud } from '../../src/index.js';
import { type OfficialCallKitName, OfficialCallPeer, officialCallKits } from '../../src/index.js';
import type { CallSide } from './calling-checks.js';
import type { Peer, PeerAction } from './run-world.js';
import type { Step } from './world.js';

const isKit = (kit: string): kit is OfficialCallKitName => kit in officialCallKits;

/**
 * An official call kit's user (testkit's OfficialCallPeer) as an interop world's actor: on its
 * steps it does what the app offers in its state, chosen by the step (invite, accept, reject,
 * cancel, hang up, switch to audio); the kit's own reactions (busy, agreeing to a switch, ending
 * on a cancel or hang-up it reads) are the peer's.
 */
export class OfficialCallParty implements Peer {
  readonly peer: OfficialCallPeer;
  readonly user: string;
  readonly device: string;
  /** Every TRTC room its calls used. */
  readonly roomIds = new Set<number>();
  /** An accept under way: the app shows the call connecting and offers nothing but that. */
  #accepting = false;

  constructor(cloud: FakeCloud, user: string, kit: string) {
    if (!isKit(kit)) throw new Error(`no official call kit ${kit}`);
    this.peer = new OfficialCallPeer(cloud, kit, user);
    this.user = user;
    this.device = this.peer.device.deviceId;
    this.peer.log$.subscribe(() => this.#noteRoom());
  }

  login(): PeerAction {
    return { method: 'login', params: null, run: () => this.peer.login() };
  }

  act(step: Step, others: readonly string[]): PeerAction | undefined {
    const offered = this.#offered(step, others);
    return offered[Math.floor(step.amount * offered.length)];
  }

  leave(): PeerAction | undefined {
    switch (this.peer.state) {
      case 'ringing':
        return this.#do('reject');
      case 'dialing':
        return this.#do('cancel');
      case 'inCall':
        return this.#do('hangup');
      default:
        return undefined;
    }
  }

  /**
   * The peer as the call checks see it: who it sees joined is who its device hears in the room. Its
   * role in the call is named with its device, so findings can tell who placed the call.
   */
  side(): CallSide {
    const { state, roomId, role } = this.peer;
    const media = this.peer.device.mediaState();
    return {
      user: this.user,
      device: role ? `${this.device} (${role})` : this.device,
      status: state,
      roomId,
      deviceRoom: media.roomId,
      participants: state === 'inCall' ? Object.fromEntries(media.remoteUsers.map((u) => [u, 'joined'])) : {},
    };
  }

  violations(): readonly string[] {
    return [];
  }

  /** What the app offers now, weighted by repetition (answering mostly means accepting). */
  #offered(step: Step, others: readonly string[]): PeerAction[] {
    switch (this.peer.state) {
      case 'idle': {
        const to = others[step.target % others.length] as string;
        const type = step.flag ? 2 : 1;
        return [{ method: 'call', params: { to, type }, run: () => this.#noting(this.peer.call(to, type)) }];
      }
      case 'ringing': {
        if (this.#accepting) return [];
        const accept: PeerAction = {
          method: 'accept',
          params: null,
          run: () => {
            this.#accepting = true;
            return this.#noting(this.peer.accept()).finally(() => {
              this.#accepting = false;
            });
          },
        };
        return [accept, accept, accept, this.#do('reject')];
      }
      case 'dialing':
        return [this.#do('cancel')];
      case 'inCall':
        return this.peer.callType === 2
          ? [this.#do('hangup'), this.#do('hangup'), this.#do('switchToAudio')]
          : [this.#do('hangup')];
    }
  }

  #do(method: 'reject' | 'cancel' | 'hangup' | 'switchToAudio'): PeerAction {
    return { method, params: null, run: () => this.#noting(this.peer[method]()) };
  }

  /** Notes the rooms its call and its device are in once `work` settles (a call's room comes after its invitation). */
  #noting(work: Promise<void>): Promise<void> {
    return work.finally(() => this.#noteRoom());
  }

  #noteRoom(): void {
    for (const roomId of [this.peer.roomId, this.peer.device.mediaState().roomId])
      if (roomId !== undefined) this.roomIds.add(roomId);
  }
}
