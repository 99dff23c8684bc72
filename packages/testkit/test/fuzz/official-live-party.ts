import {
  type FakeCloud,
  type OfficialLivePeer,
  type OfficialWireEntry,
  officialLivePeer,
} from '../../src/index.js';
import type { LivePeerSide } from './live-checks.js';
import type { LivePeer } from './live-world.js';
import type { PeerAction } from './run-world.js';
import { roomIdOf, type Step } from './world.js';

const PLATFORMS = ['iOS', 'Android'] as const;
type Platform = (typeof PLATFORMS)[number];
const isPlatform = (kit: string): kit is Platform => (PLATFORMS as readonly string[]).includes(kit);

/** The link-mic and PK answers' wait, as the demo apps pass it. */
const REQUEST_TIMEOUT_SEC = 10;

/**
 * A TRTCLiveRoom app's user (testkit's officialLivePeer) as an interop world's actor: on its
 * steps it does what the app offers where it is (creates or enters a room, publishes, asks for or
 * answers link mic and PK, kicks a co-host, quits a PK, leaves), and it reacts as the app does: a
 * co-host publishes once its request is accepted, and a destroyed room closes the room page.
 */
export class OfficialLiveParty implements LivePeer {
  readonly peer: OfficialLivePeer;
  readonly user: string;
  readonly device: string;
  #owner = false;
  #published = false;
  /** Its own link-mic or PK request waiting for an outcome. */
  #asking: string | undefined;
  /** The app's room operations, one at a time: its buttons wait for the kit's callback. */
  #busy: Promise<unknown> = Promise.resolve();
  #pending = 0;

  constructor(cloud: FakeCloud, user: string, kit: string) {
    if (!isPlatform(kit)) throw new Error(`no official live app ${kit}`);
    this.user = user;
    this.device = `${kit}:${user}`;
    const onRecord = (record: OfficialWireEntry | string) => {
      if (typeof record === 'string') this.#callback(record);
    };
    const sdkAppId = cloud.options.sdkAppId;
    this.peer = officialLivePeer(cloud.adapter(this.device), {
      userId: user,
      platform: kit,
      sdkAppId,
      onRecord,
    });
  }

  login(): PeerAction {
    return { method: 'login', params: null, run: () => this.peer.login() };
  }

  act(step: Step, others: readonly string[]): PeerAction | undefined {
    if (this.#pending > 0) return undefined;
    const offered = this.#offered(step, others[step.target % others.length] as string);
    return offered[Math.floor(step.amount * offered.length)];
  }

  leave(): PeerAction | undefined {
    if (this.peer.roomId === '') return undefined;
    return this.#owner ? this.#leaving('destroyRoom') : this.#leaving('exitRoom');
  }

  side(): LivePeerSide {
    const roomId = this.peer.roomId === '' ? undefined : Number(this.peer.roomId);
    return { user: this.user, roomId, owner: this.#owner };
  }

  violations(): readonly string[] {
    const open = this.#asking ? [`the official app's ${this.#asking} request got no outcome`] : [];
    return open;
  }

  #offered(step: Step, other: string): PeerAction[] {
    const peer = this.peer;
    if (peer.roomId === '') {
      const mine = roomIdOf(this.user);
      const theirs = roomIdOf(other);
      return [
        this.#do('createRoom', { roomId: mine }, () => this.#create(mine)),
        this.#do('enterRoom', { roomId: theirs }, () => this.#enter(theirs)),
      ];
    }
    const leave = this.#owner ? this.#leaving('destroyRoom') : this.#leaving('exitRoom');
    const stream = `${this.user}_stream`;
    const publish = this.#do('startPublish', { streamId: stream }, async () => {
      await peer.startPublish(stream);
      this.#published = true;
    });
    if (!this.#owner) {
      const ask = this.#do('requestJoinAnchor', null, () =>
        this.#ask('link-mic', () => peer.requestJoinAnchor('fuzz', REQUEST_TIMEOUT_SEC)),
      );
      const cancel = this.#do('cancelRequestJoinAnchor', null, async () => {
        this.#asking = undefined;
        await peer.cancelRequestJoinAnchor();
      });
      return this.#asking ? [cancel, leave] : [ask, ask, leave];
    }
    if (!this.#published) return [publish, publish, leave];
    const answers = peer
      .requests()
      .map(({ from, cmd }) =>
        cmd === 'requestJoinAnchor'
          ? this.#do('responseJoinAnchor', { from, agree: step.flag }, () =>
              peer.responseJoinAnchor(from, step.flag, step.flag ? '' : 'no'),
            )
          : this.#do('responseRoomPK', { from, agree: step.flag }, () =>
              peer.responseRoomPK(from, step.flag),
            ),
      );
    const theirs = roomIdOf(other);
    const pk = this.#do('requestRoomPK', { roomId: theirs, userId: other }, () =>
      this.#ask('PK', () => peer.requestRoomPK(theirs, other, REQUEST_TIMEOUT_SEC)),
    );
    return [
      ...answers,
      ...answers,
      ...(this.#asking ? [] : [pk]),
      this.#do('kickoutJoinAnchor', { userId: other }, () => peer.kickoutJoinAnchor(other)),
      this.#do('quitRoomPK', null, () => peer.quitRoomPK()),
      leave,
    ];
  }

  /** The app's anchor page: a room it cannot create is closed again (destroyRoom). */
  async #create(roomId: number): Promise<void> {
    this.#owner = true;
    this.#published = false;
    await this.peer.createRoom(roomId, `${this.user}'s room`).catch((error: unknown) => {
      this.#background(this.#leaveRoom('destroyRoom'));
      throw error;
    });
  }

  /** The app's audience page: a room it cannot enter is left again (exitRoom). */
  async #enter(roomId: number): Promise<void> {
    this.#owner = false;
    this.#published = false;
    await this.peer.enterRoom(roomId).catch((error: unknown) => {
      this.#background(this.#leaveRoom('exitRoom'));
      throw error;
    });
  }

  async #ask(kind: string, send: () => Promise<void>): Promise<void> {
    this.#asking = kind;
    await send().catch((error: unknown) => {
      this.#asking = undefined; // the send failed: no outcome is owed
      throw error;
    });
  }

  #leaving(method: 'exitRoom' | 'destroyRoom'): PeerAction {
    return this.#do(method, null, () => this.#leaveRoom(method));
  }

  #leaveRoom(method: 'exitRoom' | 'destroyRoom'): Promise<void> {
    this.#owner = false;
    this.#published = false;
    this.#asking = undefined;
    return this.peer[method]();
  }

  /** The app's reactions to the kit's delegate callbacks. */
  #callback(text: string): void {
    // An outcome after the app withdrew its request or left the room is owed nothing.
    if (/^(requestJoinAnchor|requestRoomPK) (accepted|rejected|timed out)/.test(text))
      this.#asking = undefined;
    // A co-host publishes once the owner accepts it (the demo apps' onResponse -> startPublish).
    if (text.startsWith('requestJoinAnchor accepted')) {
      const stream = `${this.user}_stream`;
      this.#background(this.peer.startPublish(stream));
    }
    // The room page closes when the room is destroyed (the apps' onRoomDestroy -> exitRoom).
    if (text === 'onRoomDestroy' && this.peer.roomId !== '') this.#background(this.#leaveRoom('exitRoom'));
  }

  #do(method: string, params: PeerAction['params'], run: () => Promise<void>): PeerAction {
    return { method, params, run: () => this.#inTurn(run) };
  }

  #inTurn(run: () => Promise<void>): Promise<void> {
    this.#pending++;
    const done = this.#busy.then(run, run).finally(() => this.#pending--);
    this.#busy = done.catch(() => undefined);
    return done;
  }

  #background(work: Promise<unknown>): void {
    work.catch(() => undefined);
  }
}
