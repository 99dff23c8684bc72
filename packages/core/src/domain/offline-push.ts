import { invalidParameter } from './errors.js';
import { utf8ByteLength } from './utf8.js';

/**
 * What an offline phone shows and plays for a call invitation (IM's offlinePushInfo). Every field
 * is optional in `call` / `groupCall`; the resolved info handed to adapters has them all.
 */
export interface OfflinePushInfo {
  /** Default: the inviter's userId (TUICallKit Android titles the push with a name). */
  readonly title: string;
  /** Default: TUICallKit iOS's text, "You have a call invitation.". */
  readonly description: string;
  /** APNs sound file. Default: TUICallKit iOS's "phone_ringing.mp3". */
  readonly iosSound: string;
  /** Android sound file; "" = the system's (TUICallKit Android sets none). */
  readonly androidSound: string;
}

/** The offline push an invitation carries; what is missing core fills in. */
export type OfflinePushParams = Partial<OfflinePushInfo>;

/** IM's push text limit (bytes), for each field alike. */
const MAX_BYTES = 512;

/** `offlinePushInfo` of call / groupCall: undefined gives the defaults; unknown keys are refused. */
export function offlinePushField(value: unknown, field: string, inviter: string): OfflinePushInfo {
  const info: Record<string, unknown> = {
    title: inviter,
    description: 'You have a call invitation.',
    iosSound: 'phone_ringing.mp3',
    androidSound: '',
  };
  const keys = Object.keys(info);
  if (value !== undefined) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw invalidParameter(field, `must be an object (${keys.join(', ')})`);
    for (const [key, v] of Object.entries(value)) {
      if (!keys.includes(key)) throw invalidParameter(`${field}.${key}`, `is not one of ${keys.join(', ')}`);
      if (v === undefined) continue;
      if (typeof v !== 'string' || utf8ByteLength(v) > MAX_BYTES)
        throw invalidParameter(`${field}.${key}`, `must be a string of at most ${MAX_BYTES} bytes`);
      info[key] = v;
    }
  }
  return info as unknown as OfflinePushInfo;
}
