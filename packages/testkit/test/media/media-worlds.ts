import {
  type CallingEvent,
  createCalling,
  createLiveRoom,
  type LiveRoomEvent,
  type TrtcSmartError,
} from '@trtc-smart/core';
import {
  type CallingWithMedia,
  type LiveRoomWithMedia,
  type MediaEvent,
  mediaControls,
} from '@trtc-smart/core/media';
import { createFakeCloud, type FakeCloud, type FakeView } from '../../src/index.js';

/** Fake-cloud worlds for the media-controls tests: two callers in a call, an anchor and a viewer. */

export const view: FakeView = { x: 0, y: 0, w: 320, h: 240 };

type AnyEvent = CallingEvent | LiveRoomEvent | MediaEvent;

/** An instance's events, and the media ones by type. */
export interface Heard {
  readonly all: AnyEvent[];
  of<T extends MediaEvent['eventType']>(type: T): Extract<MediaEvent, { eventType: T }>[];
}

export function heard(events$: { subscribe(next: (e: AnyEvent) => void): unknown }): Heard {
  const all: AnyEvent[] = [];
  events$.subscribe((e) => all.push(e));
  return {
    all,
    of: <T extends MediaEvent['eventType']>(type: T) =>
      all.filter((e): e is Extract<MediaEvent, { eventType: T }> => e.eventType === type),
  };
}

export function newCalling(cloud: FakeCloud, userId: string): CallingWithMedia<FakeView> {
  return createCalling({ adapter: cloud.adapter(userId), media: mediaControls });
}

export function newLiveRoom(cloud: FakeCloud, userId: string): LiveRoomWithMedia<FakeView> {
  return createLiveRoom({ adapter: cloud.adapter(userId), media: mediaControls });
}

export async function logIn(
  cloud: FakeCloud,
  api: { login(p: { sdkAppId: number; userId: string; userSig: string }): Promise<void> },
  userId: string,
): Promise<void> {
  await cloud.run(api.login({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' }));
}

/** Alice and Bob, logged in with media controls (not in a call). */
export async function callers() {
  const cloud = createFakeCloud();
  const alice = newCalling(cloud, 'alice');
  const bob = newCalling(cloud, 'bob');
  const heardAlice = heard(alice.events$);
  const heardBob = heard(bob.events$);
  await logIn(cloud, alice, 'alice');
  await logIn(cloud, bob, 'bob');
  return { cloud, alice, bob, heardAlice, heardBob };
}

/** Alice called Bob (video) and he accepted: both inCall. */
export async function inCall() {
  const world = await callers();
  const { cloud, alice, bob } = world;
  await cloud.run(alice.call({ userId: 'bob', type: 2 }));
  await cloud.run(bob.accept());
  await cloud.settle();
  if (alice.getSnapshot().status !== 'inCall' || bob.getSnapshot().status !== 'inCall') {
    throw new Error(`not in a call: ${alice.getSnapshot().status} / ${bob.getSnapshot().status}`);
  }
  return world;
}

/** An anchor live in room 7 and a viewer watching it, both with media controls. */
export async function liveRoom(options: Parameters<typeof createFakeCloud>[0] = {}) {
  const cloud = createFakeCloud(options);
  const anchor = newLiveRoom(cloud, 'anchor');
  const viewer = newLiveRoom(cloud, 'viewer');
  const heardAnchor = heard(anchor.events$);
  const heardViewer = heard(viewer.events$);
  await logIn(cloud, anchor, 'anchor');
  await logIn(cloud, viewer, 'viewer');
  await cloud.run(anchor.createRoom({ roomId: 7, roomName: 'r', coverUrl: '' }));
  await cloud.run(anchor.startCameraPreview({ isFront: true, view }));
  await cloud.run(anchor.startPublish({ streamId: 's' }));
  await cloud.run(viewer.enterRoom({ roomId: 7 }));
  await cloud.settle();
  return { cloud, anchor, viewer, heardAnchor, heardViewer };
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function failure(promise: Promise<unknown>): Promise<TrtcSmartError> {
  try {
    await promise;
  } catch (error) {
    return error as TrtcSmartError;
  }
  throw new Error('expected a rejection');
}

/** Runs work on the cloud and gives its error. */
export const failureOn = (cloud: FakeCloud, work: Promise<unknown>) => failure(cloud.run(work));
