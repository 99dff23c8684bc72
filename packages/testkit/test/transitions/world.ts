import {
  type Calling,
  type CallingAdapter,
  type CallingEvent,
  createCalling,
  createLiveRoom,
  type LiveRoom,
  type LiveRoomAdapter,
  type LiveRoomEvent,
  type RequestOutcomeEvent,
} from '@trtc-smart/core';
import {
  createFakeCloud,
  type FakeAdapter,
  type FakeCloud,
  type FakeCloudOptions,
  step,
} from '../../src/index.js';
import { recordTransitions } from './machine-transitions.js';

/** A named walk through the API that drives some of a machine's transitions and checks where they lead. */
export interface Path<W> {
  readonly name: string;
  run(world: (options?: FakeCloudOptions) => W): Promise<void>;
}

/** Swaps some of a device's ports (or some of their methods), for platform failures and injected port events. */
export type Rewire = (base: FakeAdapter) => Partial<CallingAdapter & LiveRoomAdapter>;

const portsOf = (base: FakeAdapter) => ({
  session: base.session,
  callSignaling: base.callSignaling,
  callMedia: base.callMedia,
  liveSignaling: base.liveSignaling,
  liveMedia: base.liveMedia,
  clock: base.clock,
  random: base.random,
  views: base.views,
});

/** The event types an instance emitted, volumes and network quality left out. */
const timeline = <E extends { eventType: string }>(events: readonly E[]) =>
  events.map((e) => e.eventType).filter((t) => t !== 'onUserVoiceVolume' && t !== 'onUserNetworkQuality');

interface BaseWorld {
  readonly cloud: FakeCloud;
  readonly sdkAppId: number;
  /** Runs a command while virtual time moves until it settles (see `step`). */
  run<T>(command: () => Promise<T>): Promise<T>;
}

export interface CallUser {
  readonly id: string;
  readonly calling: Calling;
  readonly events: CallingEvent[];
  heard(): string[];
  status(): string;
}

export interface CallWorld extends BaseWorld {
  user(
    id: string,
    options?: { rewire?: Rewire; inviteTimeoutSec?: number; connectTimeoutMs?: number },
  ): CallUser;
  /** New users, logged in. */
  loggedIn<const Ids extends readonly string[]>(...ids: Ids): Promise<{ [K in keyof Ids]: CallUser }>;
  /** Logs users made with `user()` in, each as its own id. */
  logIn(...users: CallUser[]): Promise<void>;
}

function baseWorld(options: FakeCloudOptions): BaseWorld {
  const cloud = createFakeCloud(options);
  return { cloud, sdkAppId: cloud.options.sdkAppId, run: (command) => step({ cloud }, command) };
}

/** A fake-cloud world whose createCalling instances record every transition they take into `taken`. */
export function callWorld(taken: Set<string>, options: FakeCloudOptions = {}): CallWorld {
  const base = baseWorld(options);
  const user: CallWorld['user'] = (id, { rewire, ...rest } = {}) => {
    const device = base.cloud.adapter(id);
    const adapter = rewire ? { ...portsOf(device), ...rewire(device) } : device;
    const calling = createCalling({ adapter, ...rest });
    recordTransitions(calling.actor, taken);
    const events: CallingEvent[] = [];
    calling.events$.subscribe((e) => events.push(e));
    return { id, calling, events, heard: () => timeline(events), status: () => calling.getSnapshot().status };
  };
  const logIn = async (...users: CallUser[]) => {
    const sdkAppId = base.sdkAppId;
    await base.run(() =>
      Promise.all(users.map((u) => u.calling.login({ sdkAppId, userId: u.id, userSig: 's' }))),
    );
  };
  const loggedIn = (async (...ids: string[]) => {
    const users = ids.map((id) => user(id));
    await logIn(...users);
    return users;
  }) as CallWorld['loggedIn'];
  return { ...base, user, loggedIn, logIn };
}

export interface LiveUser {
  readonly id: string;
  readonly room: LiveRoom;
  readonly events: LiveRoomEvent[];
  readonly linkMic: RequestOutcomeEvent[];
  readonly roomPK: RequestOutcomeEvent[];
  heard(): string[];
  status(): string;
}

export interface LiveWorld extends BaseWorld {
  user(
    id: string,
    options?: { rewire?: Rewire; requestTimeoutSec?: number; userSigProvider?: () => Promise<string> },
  ): LiveUser;
  loggedIn<const Ids extends readonly string[]>(...ids: Ids): Promise<{ [K in keyof Ids]: LiveUser }>;
  /** Logs users made with `user()` in, each as its own id. */
  logIn(...users: LiveUser[]): Promise<void>;
}

/** A fake-cloud world whose createLiveRoom instances record every transition they take into `taken`. */
export function liveWorld(taken: Set<string>, options: FakeCloudOptions = {}): LiveWorld {
  const base = baseWorld(options);
  const user: LiveWorld['user'] = (id, { rewire, ...rest } = {}) => {
    const device = base.cloud.adapter(id);
    const adapter = rewire ? { ...portsOf(device), ...rewire(device) } : device;
    const room = createLiveRoom({ adapter, ...rest });
    recordTransitions(room.actor, taken);
    const events: LiveRoomEvent[] = [];
    const linkMic: RequestOutcomeEvent[] = [];
    const roomPK: RequestOutcomeEvent[] = [];
    room.events$.subscribe((e) => events.push(e));
    room.linkMicEvents$.subscribe((e) => linkMic.push(e));
    room.roomPKEvents$.subscribe((e) => roomPK.push(e));
    return {
      id,
      room,
      events,
      linkMic,
      roomPK,
      heard: () => timeline(events),
      status: () => room.getSnapshot().status,
    };
  };
  const logIn = async (...users: LiveUser[]) => {
    const sdkAppId = base.sdkAppId;
    await base.run(() =>
      Promise.all(users.map((u) => u.room.login({ sdkAppId, userId: u.id, userSig: 's' }))),
    );
  };
  const loggedIn = (async (...ids: string[]) => {
    const users = ids.map((id) => user(id));
    await logIn(...users);
    return users;
  }) as LiveWorld['loggedIn'];
  return { ...base, user, loggedIn, logIn };
}
