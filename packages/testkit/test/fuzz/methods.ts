import type { CallingState, LiveRoomState } from '@trtc-smart/core';
import type { WithMediaState } from '@trtc-smart/core/media';
import type { JsonValue } from '../../src/index.js';
import { mediaMethods, remoteViewParams } from './media-methods.js';
import { roomIdOf, type Step, USER_SIG } from './world.js';

/** What a method's params are built from: the step's choices, resolved against the world now. */
export interface ArgContext<State> {
  readonly self: string;
  /** Another user of the world, chosen by the step's `target`. */
  readonly other: string;
  readonly others: readonly string[];
  readonly step: Step;
  readonly state: State;
  /**
   * Another user's state now, so a step can aim at someone who makes sense (a room's owner);
   * undefined for a user on no SDK of ours (an official app's, in interop worlds).
   */
  readonly stateOf: (user: string) => State | undefined;
  readonly sdkAppId: number;
  /** A view the world's adapter takes (a rect on the fake cloud's, an element id on the web). */
  readonly view: JsonValue;
}

/**
 * An SDK method the generators may call: its name (as the seed API spells it), how often it is
 * drawn relative to the others, and how its params are built. A new API method is one entry.
 */
export interface MethodSpec<State> {
  readonly weight: number;
  readonly params: (a: ArgContext<State>) => JsonValue;
}

const none = (): JsonValue => null;
const login = (a: ArgContext<unknown>): JsonValue => ({
  sdkAppId: a.sdkAppId,
  userId: a.self,
  userSig: USER_SIG,
});

/** Some of the others, chosen by the bits of `amount` (at least one). */
function someOthers(a: ArgContext<unknown>): string[] {
  const bits = Math.floor(a.step.amount * 2 ** a.others.length);
  const chosen = a.others.filter((_, i) => (bits >> i) & 1);
  return chosen.length > 0 ? chosen : [a.other];
}

/** A user's state in a world: every party has the media controls. */
export type CallingWorldState = WithMediaState<CallingState>;
export type LiveWorldState = WithMediaState<LiveRoomState>;

export const callingMethods: Readonly<Record<string, MethodSpec<CallingWorldState>>> = {
  call: { weight: 6, params: (a) => ({ userId: a.other, type: a.step.flag ? 1 : 2 }) },
  groupCall: {
    weight: 4,
    params: (a) => ({ userIdList: someOthers(a), type: a.state.call?.callType ?? (a.step.flag ? 1 : 2) }),
  },
  accept: { weight: 6, params: none },
  reject: { weight: 2, params: none },
  hangup: { weight: 4, params: none },
  switchToAudio: { weight: 1, params: none },
  openCamera: { weight: 1, params: (a) => ({ isFront: a.step.flag, view: a.view }) },
  closeCamera: { weight: 1, params: none },
  setMicMute: { weight: 1, params: (a) => ({ isMute: a.step.flag }) },
  startRemoteView: { weight: 1, params: (a) => remoteViewParams(a, a.view) },
  logout: { weight: 1, params: none },
  login: { weight: 1, params: login },
  ...mediaMethods,
};

/** The methods without the media controls' (for adapters whose device does not mirror them, adapters.ts). */
export const withoutMedia = <S>(methods: Readonly<Record<string, MethodSpec<S>>>) =>
  Object.fromEntries(Object.entries(methods).filter(([op]) => !(op in mediaMethods)));

/** Mostly another user who owns a room (a live one, if any), else the step's other user. */
function roomOwner(a: ArgContext<LiveWorldState>): string {
  const owners = a.others.filter((u) => a.stateOf(u)?.room?.isOwner === true);
  const live = owners.filter((u) => a.stateOf(u)?.status === 'live');
  const pick = live.length > 0 ? live : owners;
  return a.step.amount < 0.85 ? (pick[a.step.target % pick.length] ?? a.other) : a.other;
}

/** The owner answers the request it holds, most of the time; otherwise someone else (refused). */
const answerTo = (a: ArgContext<LiveWorldState>): string =>
  a.step.amount < 0.8 ? (a.state.incoming?.from.userId ?? a.other) : a.other;

export const liveMethods: Readonly<Record<string, MethodSpec<LiveWorldState>>> = {
  createRoom: {
    weight: 5,
    params: (a) => ({ roomId: roomIdOf(a.self), roomName: `${a.self}'s room`, coverUrl: '' }),
  },
  enterRoom: { weight: 5, params: (a) => ({ roomId: roomIdOf(roomOwner(a)) }) },
  exitRoom: { weight: 2, params: none },
  destroyRoom: { weight: 2, params: none },
  startCameraPreview: { weight: 1, params: (a) => ({ isFront: a.step.flag, view: a.view }) },
  startPublish: { weight: 5, params: (a) => ({ streamId: `${a.self}_stream` }) },
  stopPublish: { weight: 1, params: none },
  requestJoinAnchor: { weight: 4, params: (a) => ({ reason: `${a.self} asks` }) },
  responseJoinAnchor: {
    weight: 4,
    params: (a) => ({ userId: answerTo(a), isAgree: a.step.flag, reason: a.step.flag ? '' : 'no' }),
  },
  kickoutJoinAnchor: {
    weight: 1,
    params: (a) => ({
      userId: a.state.room?.anchors.find((x) => x.userId !== a.self)?.userId ?? a.other,
    }),
  },
  requestRoomPK: {
    weight: 4,
    params: (a) => {
      const owner = roomOwner(a);
      return { roomId: roomIdOf(owner), userId: owner };
    },
  },
  responseRoomPK: {
    weight: 4,
    params: (a) => ({ userId: answerTo(a), isAgree: a.step.flag, reason: a.step.flag ? '' : 'no' }),
  },
  quitRoomPK: { weight: 1, params: none },
  sendRoomTextMsg: { weight: 1, params: (a) => ({ msg: `hi from ${a.self}` }) },
  sendRoomCustomMsg: { weight: 1, params: () => ({ cmd: 'like', msg: '1' }) },
  startPlay: { weight: 1, params: (a) => remoteViewParams(a, a.view) },
  muteLocalAudio: { weight: 1, params: (a) => ({ isMute: a.step.flag }) },
  logout: { weight: 1, params: none },
  login: { weight: 1, params: login },
  ...mediaMethods,
};
