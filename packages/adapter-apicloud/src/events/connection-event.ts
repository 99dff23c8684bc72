import type { LinkState } from '@trtc-smart/core';
import { malformed } from '../errors.js';
import { type Payload, stringField } from './fields.js';

/** Beyond the seed, in both listeners: a native module built on this SDK's core tells its links. */
export interface NativeConnectionEvent {
  readonly type: 'onConnectionChanged';
  readonly scope: 'media' | 'signaling';
  readonly state: LinkState;
}

const SCOPES: readonly string[] = ['media', 'signaling'];
const STATES: readonly string[] = ['connected', 'reconnecting', 'disconnected'];

export function decodeConnectionChanged(p: Payload, where: string): NativeConnectionEvent {
  const scope = stringField(p, 'scope', where);
  const state = stringField(p, 'state', where);
  if (!SCOPES.includes(scope)) throw malformed(`${where}.scope: must be media or signaling`);
  if (!STATES.includes(state))
    throw malformed(`${where}.state: must be connected, reconnecting or disconnected`);
  return { type: 'onConnectionChanged', scope: scope as 'media' | 'signaling', state: state as LinkState };
}
