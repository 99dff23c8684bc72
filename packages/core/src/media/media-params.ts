import { invalidParameter } from '../domain/errors.js';
import { booleanField, nonEmptyStringField, type Params, paramsObject } from '../domain/validate.js';
import type { BeautyStyle, StreamType, VirtualBackground } from './media-types.js';

/** Media parameter checks: each throws INVALID_PARAMETER naming the field and the rule. */

/** An integer in [min, max]. */
function intField(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    const rule = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer ${min}-${max}`;
    throw invalidParameter(field, `must be ${rule}`);
  }
  return value;
}

const optional = <T>(p: Params, key: string, fallback: T, parse: (v: unknown, f: string) => T): T =>
  p[key] === undefined ? fallback : parse(p[key], key);

const musicId = (p: Params) => intField(p.id, 'id', 0);

export const parseStartMusic = (input: unknown, method: string) => {
  const p = paramsObject(input, method);
  return {
    id: musicId(p),
    url: nonEmptyStringField(p.url, 'url'),
    loopCount: optional(p, 'loopCount', 0, (v, f) => intField(v, f, 0)),
    publish: optional(p, 'publish', false, booleanField),
    startTimeMs: optional(p, 'startTimeMs', 0, (v, f) => intField(v, f, 0)),
  };
};

export const parseMusicId = (input: unknown, method: string) => ({
  id: musicId(paramsObject(input, method)),
});

export const parseSeek = (input: unknown, method: string) => {
  const p = paramsObject(input, method);
  return { id: musicId(p), positionMs: intField(p.positionMs, 'positionMs', 0) };
};

export const parseMusicVolume = (input: unknown, method: string) => {
  const p = paramsObject(input, method);
  return { id: musicId(p), volume: intField(p.volume, 'volume', 0, 100) };
};

const BEAUTY_STYLES: readonly string[] = ['smooth', 'natural'];

export const parseBeauty = (input: unknown, method: string): BeautyStyle => {
  const p = paramsObject(input, method);
  if (!BEAUTY_STYLES.includes(p.style as string))
    throw invalidParameter('style', "must be 'smooth' or 'natural'");
  return {
    style: p.style as BeautyStyle['style'],
    beauty: intField(p.beauty, 'beauty', 0, 9),
    whiteness: intField(p.whiteness, 'whiteness', 0, 9),
    ruddiness: intField(p.ruddiness, 'ruddiness', 0, 9),
  };
};

/** A blur level when none is given: TRTC's own default. */
export const DEFAULT_BLUR_LEVEL = 3;

export const parseBackground = (input: unknown, method: string): VirtualBackground => {
  const p = paramsObject(input, method);
  if (p.type === 'none') return { type: 'none' };
  if (p.type === 'blur') {
    return {
      type: 'blur',
      blurLevel: optional(p, 'blurLevel', DEFAULT_BLUR_LEVEL, (v, f) => intField(v, f, 1, 10)),
    };
  }
  if (p.type === 'image') return { type: 'image', imageUrl: nonEmptyStringField(p.imageUrl, 'imageUrl') };
  throw invalidParameter('type', "must be 'none', 'blur' or 'image'");
};

export const parseDeviceId = (input: unknown, method: string) => ({
  deviceId: nonEmptyStringField(paramsObject(input, method).deviceId, 'deviceId'),
});

export const parseScreenShare = (input: unknown, method: string) => ({
  publish: optional(paramsObject(input, method), 'publish', true, booleanField),
});

/** `streamType` of startRemoteView / startPlay: 'main' (default) or 'sub'. */
export function streamTypeOf(input: unknown): StreamType {
  const value = input !== null && typeof input === 'object' ? (input as Params).streamType : undefined;
  if (value === undefined || value === 'main') return 'main';
  if (value === 'sub') return 'sub';
  throw invalidParameter('streamType', "must be 'main' or 'sub'");
}
