import type { Observable } from 'rxjs';
import type { ImGroupProfile, ImMessageBody, ImMessageEvent, ImUser } from '../cloud/im-groups.js';
import type { Trace } from '../cloud/trace.js';
import type { ClientDevice } from './client-device.js';
import { tracedCall } from './traced-call.js';

/**
 * A device's IM group, message and profile calls at the SDK's level, on the same link, session
 * and clock as its ports: what a chat SDK double needs for live rooms on the fake cloud.
 */
export interface ImGroupsClient {
  /** Creates an IM group (chat SDK's createGroup). */
  createGroup(params: {
    readonly groupID: string;
    readonly type: string;
    readonly name: string;
    readonly introduction: string;
    readonly avatar: string;
  }): Promise<{ readonly alreadyOwned: boolean }>;
  /** Dismisses a group this user owns. */
  dismissGroup(params: { readonly groupID: string }): Promise<void>;
  /** Joins a group. */
  joinGroup(params: { readonly groupID: string }): Promise<{ readonly alreadyMember: boolean }>;
  /** Leaves a group. */
  quitGroup(params: { readonly groupID: string }): Promise<void>;
  /** Reads a group's profile. */
  getGroupProfile(params: { readonly groupID: string }): Promise<ImGroupProfile>;
  /** Changes a group's profile (introduction, …). */
  updateGroupProfile(params: {
    readonly groupID: string;
    readonly name?: string;
    readonly introduction?: string;
    readonly avatar?: string;
  }): Promise<void>;
  /** Lists a group's members. */
  getGroupMembers(params: {
    readonly groupID: string;
    readonly offset: number;
    readonly count: number;
  }): Promise<{ readonly memberList: readonly ImUser[]; readonly nextOffset: number }>;
  /** Messages leave one after another, in the order sent, as over the SDK's one connection. */
  sendMessage(params: {
    readonly to: string;
    readonly conversation: 'group' | 'c2c';
    readonly body: ImMessageBody;
  }): Promise<void>;
  /** Changes this user's profile. */
  updateMyProfile(params: { readonly nick?: string; readonly avatar?: string }): Promise<void>;
  /** Reads users' profiles. */
  getUserProfiles(params: { readonly userIDList: readonly string[] }): Promise<readonly ImUser[]>;
  readonly events$: Observable<ImMessageEvent>;
}

export function createImGroupsClient(device: ClientDevice, trace: Trace): ImGroupsClient {
  const call = <T>(method: string, params: unknown) =>
    tracedCall(trace, device.id, `imGroup.${method}`, params, async () => {
      device.requireLogin();
      return (await device.request(`imGroup.${method}`, params)) as T;
    });
  let queue: Promise<unknown> = Promise.resolve();
  return {
    events$: device.imMessages$.asObservable(),
    createGroup: (params) => call('create', params),
    dismissGroup: (params) => call('dismiss', params),
    joinGroup: (params) => call('join', params),
    quitGroup: (params) => call('quit', params),
    getGroupProfile: (params) => call('profile', params),
    updateGroupProfile: (params) => call('updateProfile', params),
    getGroupMembers: (params) => call('members', params),
    sendMessage: (params) => {
      const sent = queue.then(() => call<void>('send', params));
      queue = sent.catch(() => undefined);
      return sent;
    },
    updateMyProfile: (params) => call('updateMyProfile', params),
    getUserProfiles: (params) => call('userProfiles', params),
  };
}
