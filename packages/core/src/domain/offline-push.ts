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

export type OfflinePushParams = Partial<OfflinePushInfo>;

/** IM's push limits are byte counts: title and sounds short, description up to a notification's text. */
const LIMITS = { title: 128, description: 512, iosSound: 128, androidSound: 128 } as const;

export const defaultOfflinePush = (inviter: string): OfflinePushInfo => ({
  title: inviter,
  description: 'You have a call invitation.',
  iosSound: 'phone_ringing.mp3',
  androidSound: '',
});

/** `offlinePushInfo` of call / groupCall: undefined gives the defaults; unknown keys are refused. */
export function offlinePushField(value: unknown, field: string, inviter: string): OfflinePushInfo {
  const info: Record<string, string> = { ...defaultOfflinePush(inviter) };
  if (value === undefined) return info as unknown as OfflinePushInfo;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw invalidParameter(field, 'must be an object (title, description, iosSound, androidSound)');
  for (const [key, v] of Object.entries(value)) {
    if (!(key in LIMITS))
      throw invalidParameter(`${field}.${key}`, `is not one of ${Object.keys(LIMITS).join(', ')}`);
    const max = LIMITS[key as keyof typeof LIMITS];
    if (v === undefined) continue;
    if (typeof v !== 'string' || utf8ByteLength(v) > max)
      throw invalidParameter(`${field}.${key}`, `must be a string of at most ${max} bytes`);
    info[key] = v;
  }
  return info as unknown as OfflinePushInfo;
}
