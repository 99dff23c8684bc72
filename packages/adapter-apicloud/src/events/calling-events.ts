import { type CallType, CallType as CallTypes } from '@trtc-smart/core';
import { malformed } from '../errors.js';
import { decodeConnectionChanged, type NativeConnectionEvent } from './connection-event.js';
import {
  booleanField,
  integerField,
  numberField,
  objectListField,
  type Payload,
  stringField,
  userIdField,
  userIdListField,
} from './fields.js';

/** The calling listener's events, checked: the seed's fourteen plus the TUICallKit extras a plugin may send. */
export type NativeCallingEvent =
  | NativeConnectionEvent
  | { readonly type: 'onError'; readonly code: number; readonly msg: string }
  | {
      readonly type:
        | 'onReject'
        | 'onNoResp'
        | 'onLineBusy'
        | 'onCallingCancel'
        | 'onUserEnter'
        | 'onUserLeave';
      readonly userId: string;
    }
  | {
      readonly type: 'onInvited';
      readonly sponsor: string;
      readonly userIdList: string[];
      readonly isFromGroup: boolean;
      readonly callType: CallType;
    }
  | { readonly type: 'onCallingTimeOut' }
  | { readonly type: 'onGroupCallInviteeListUpdate'; readonly userIdList: string[] }
  | {
      readonly type: 'onUserAudioAvailable' | 'onUserVideoAvailable';
      readonly userId: string;
      readonly available: boolean;
    }
  | { readonly type: 'onUserVoiceVolume'; readonly volumeList: { userId: string; volume: number }[] }
  /** `reason` is an extra some plugins send (core's CallEndReason); the seed's event has none. */
  | { readonly type: 'onCallEnd'; readonly reason: string | undefined }
  | { readonly type: 'onCallBegin' }
  | { readonly type: 'onCallTypeChanged'; readonly newCallType: CallType }
  | { readonly type: 'onKickedOffline' }
  | { readonly type: 'onUserSigExpired' }
  | {
      readonly type: 'onUserNetworkQuality';
      readonly networkQualityList: { userId: string; quality: number }[];
    };

type Decoder = (p: Payload, where: string) => NativeCallingEvent;

const userEvent =
  (type: Extract<NativeCallingEvent, { userId: string; available?: never }>['type']): Decoder =>
  (p, where) => ({ type, userId: userIdField(p, 'userId', where) });

const availability =
  (type: 'onUserAudioAvailable' | 'onUserVideoAvailable'): Decoder =>
  (p, where) => ({
    type,
    userId: userIdField(p, 'userId', where),
    available: booleanField(p, 'available', where),
  });

function callTypeField(p: Payload, field: string, where: string): CallType {
  const value = integerField(p, field, where);
  if (value !== CallTypes.VIDEO && value !== CallTypes.AUDIO)
    throw malformed(`${where}.${field}: must be 1 (video) or 2 (audio)`);
  return value;
}

const decoders: Record<NativeCallingEvent['type'], Decoder> = {
  onError: (p, where) => ({
    type: 'onError',
    code: integerField(p, 'code', where),
    msg: stringField(p, 'msg', where),
  }),
  onReject: userEvent('onReject'),
  onNoResp: userEvent('onNoResp'),
  onLineBusy: userEvent('onLineBusy'),
  onCallingCancel: userEvent('onCallingCancel'),
  onUserEnter: userEvent('onUserEnter'),
  onUserLeave: userEvent('onUserLeave'),
  onInvited: (p, where) => ({
    type: 'onInvited',
    sponsor: userIdField(p, 'sponsor', where),
    userIdList: userIdListField(p, 'userIdList', where),
    isFromGroup: booleanField(p, 'isFromGroup', where),
    callType: callTypeField(p, 'callType', where),
  }),
  onCallingTimeOut: () => ({ type: 'onCallingTimeOut' }),
  onGroupCallInviteeListUpdate: (p, where) => ({
    type: 'onGroupCallInviteeListUpdate',
    userIdList: userIdListField(p, 'userIdList', where),
  }),
  onUserAudioAvailable: availability('onUserAudioAvailable'),
  onUserVideoAvailable: availability('onUserVideoAvailable'),
  onUserVoiceVolume: (p, where) => ({
    type: 'onUserVoiceVolume',
    volumeList: objectListField(p, 'volumeList', where).map((v, i) => ({
      userId: stringField(v, 'userId', `${where}.volumeList[${i}]`),
      volume: numberField(v, 'volume', `${where}.volumeList[${i}]`),
    })),
  }),
  onCallEnd: (p) => ({ type: 'onCallEnd', reason: typeof p.reason === 'string' ? p.reason : undefined }),
  onCallBegin: () => ({ type: 'onCallBegin' }),
  onCallTypeChanged: (p, where) => ({
    type: 'onCallTypeChanged',
    newCallType: callTypeField(p, 'newCallType', where),
  }),
  onKickedOffline: () => ({ type: 'onKickedOffline' }),
  onUserSigExpired: () => ({ type: 'onUserSigExpired' }),
  onConnectionChanged: decodeConnectionChanged,
  onUserNetworkQuality: (p, where) => ({
    type: 'onUserNetworkQuality',
    networkQualityList: objectListField(p, 'networkQualityList', where).map((q, i) => ({
      userId: stringField(q, 'userId', `${where}.networkQualityList[${i}]`),
      quality: integerField(q, 'quality', `${where}.networkQualityList[${i}]`),
    })),
  }),
};

/** Decodes one calling listener event; throws MALFORMED_ADAPTER_DATA naming the event, field and rule. */
export function decodeCallingEvent(eventType: string, payload: Payload): NativeCallingEvent {
  const decode = Object.hasOwn(decoders, eventType)
    ? decoders[eventType as NativeCallingEvent['type']]
    : undefined;
  if (!decode) throw malformed(`calling listener: unknown eventType "${eventType}"`);
  return decode(payload, eventType);
}
