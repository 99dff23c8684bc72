import { CallType } from './call-type.js';
import { invalidParameter } from './errors.js';
import { GROUP_ID_MAX_BYTES, MAX_ROOM_ID, MIN_ROOM_ID, USER_ID_PATTERN, USER_ID_RULE } from './rules.js';
import { utf8ByteLength } from './utf8.js';
import type { ViewRule } from './view.js';

/** Field checks: each throws INVALID_PARAMETER naming the field and the rule, or returns the typed value. */

export type Params = Readonly<Record<string, unknown>>;

/** The parameters object of `method`, or INVALID_PARAMETER when it is not one. */
export function paramsObject(value: unknown, method: string): Params {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw invalidParameter(`${method}(params)`, 'must be an object');
  for (const key in value) {
    const meant = ourSpelling(key);
    if (meant !== key && !(meant in value)) throw invalidParameter(key, `did you mean ${meant}?`);
  }
  return value as Params;
}

/**
 * Tencent's SDKs spell ids `userID`, `userIDList`, `groupID`, `SDKAppID`; this API spells them
 * `userId`, `userIdList`, `groupId`, `sdkAppId`. A key in their spelling (with ours absent) is a
 * habit, not a field: say so, rather than "userId: must be 1-32 characters".
 */
const ourSpelling = (key: string): string =>
  key.replace(/ID/g, 'Id').replace(/^[A-Z]+(?=[A-Z][a-z])/, (caps) => caps.toLowerCase());

/** A userId field, checked against {@link USER_ID_RULE}. */
export function userIdField(value: unknown, field: string): string {
  if (typeof value !== 'string' || !USER_ID_PATTERN.test(value)) throw invalidParameter(field, USER_ID_RULE);
  return value;
}

/** A call type field: `CallType.VIDEO` (1) or `CallType.AUDIO` (2). */
export function callTypeField(value: unknown, field: string): CallType {
  if (value !== CallType.VIDEO && value !== CallType.AUDIO)
    throw invalidParameter(field, 'must be 1 (video) or 2 (audio)');
  return value;
}

/** A boolean field. */
export function booleanField(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalidParameter(field, 'must be a boolean');
  return value;
}

/** A positive integer field. */
export function positiveIntegerField(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw invalidParameter(field, 'must be a positive integer');
  }
  return value;
}

/** A non-empty string field. */
export function nonEmptyStringField(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw invalidParameter(field, 'must be a non-empty string');
  return value;
}

/** A string of at most `maxBytes` UTF-8 bytes; empty allowed unless `nonEmpty`. */
export function textField(value: unknown, field: string, maxBytes: number, nonEmpty = false): string {
  if (typeof value !== 'string' || (nonEmpty && value.length === 0) || utf8ByteLength(value) > maxBytes) {
    throw invalidParameter(
      field,
      `must be a ${nonEmpty ? 'non-empty ' : ''}string of at most ${maxBytes} bytes`,
    );
  }
  return value;
}

/** A TRTC numeric room id, given as a number or a numeric string (the seed uses both). */
export function roomIdField(value: unknown, field: string): number {
  const n = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < MIN_ROOM_ID || n > MAX_ROOM_ID) {
    throw invalidParameter(
      field,
      `must be an integer ${MIN_ROOM_ID}..${MAX_ROOM_ID} (a number or a numeric string)`,
    );
  }
  return n;
}

/** An optional IM group id field (at most {@link GROUP_ID_MAX_BYTES} bytes). */
export const optionalGroupIdField = (value: unknown, field: string): string | undefined =>
  value === undefined ? undefined : textField(value, field, GROUP_ID_MAX_BYTES, true);

/** A list of other users to invite: non-empty, valid ids, no duplicates, not the caller. */
export function userIdListField(value: unknown, field: string, self: string | null): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw invalidParameter(field, 'must be a non-empty array of userIds');
  const seen = new Set<string>();
  value.forEach((item, i) => {
    const id = userIdField(item, `${field}[${i}]`);
    if (id === self) throw invalidParameter(`${field}[${i}]`, 'must not be the logged-in user');
    if (seen.has(id)) throw invalidParameter(`${field}[${i}]`, `must not repeat "${id}"`);
    seen.add(id);
  });
  return [...seen];
}

/** A view field, checked by the adapter's view rule. */
export function viewField<View>(value: unknown, field: string, rule: ViewRule<View>): View {
  if (!rule.check(value))
    throw invalidParameter(field, `must be ${rule.describe}${explained(rule.explain(value))}`);
  return value;
}

const explained = (detail: string): string => (detail ? ` (${detail})` : '');
