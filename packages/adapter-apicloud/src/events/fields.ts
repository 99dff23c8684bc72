import { malformed } from '../errors.js';

/** Checks on untrusted native event fields: each throws MALFORMED_ADAPTER_DATA naming the field and the rule. */

export type Payload = Readonly<Record<string, unknown>>;

export function stringField(p: Payload, field: string, where: string): string {
  const value = p[field];
  if (typeof value !== 'string') throw malformed(`${where}.${field}: must be a string`);
  return value;
}

export function userIdField(p: Payload, field: string, where: string): string {
  const value = p[field];
  if (typeof value !== 'string' || value.length === 0) throw malformed(`${where}.${field}: must be a userId`);
  return value;
}

export function booleanField(p: Payload, field: string, where: string): boolean {
  const value = p[field];
  if (typeof value !== 'boolean') throw malformed(`${where}.${field}: must be a boolean`);
  return value;
}

export function integerField(p: Payload, field: string, where: string): number {
  const value = p[field];
  if (!Number.isInteger(value)) throw malformed(`${where}.${field}: must be an integer`);
  return value as number;
}

export function numberField(p: Payload, field: string, where: string): number {
  const value = p[field];
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw malformed(`${where}.${field}: must be a number`);
  return value;
}

export function userIdListField(p: Payload, field: string, where: string): string[] {
  const value = p[field];
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && id.length > 0)) {
    throw malformed(`${where}.${field}: must be an array of userIds`);
  }
  return [...value] as string[];
}

export function objectField(p: Payload, field: string, where: string): Payload {
  const value = p[field];
  if (!isPayload(value)) throw malformed(`${where}.${field}: must be an object`);
  return value;
}

/** Each element of an array field, checked as an object. */
export function objectListField(p: Payload, field: string, where: string): Payload[] {
  const value = p[field];
  if (!Array.isArray(value) || !value.every(isPayload)) {
    throw malformed(`${where}.${field}: must be an array of objects`);
  }
  return value;
}

export const isPayload = (value: unknown): value is Payload =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
