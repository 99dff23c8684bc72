import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  rectViewRule,
  toTrtcSmartError,
  userIdField,
  userIdListField,
  viewField,
} from '../src/adapter-kit.js';
import { ErrorCode, TrtcSmartError } from '../src/index.js';

describe('error table', () => {
  it('has one distinct numeric code per error', () => {
    const codes = Object.values(ErrorCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => Number.isInteger(c))).toBe(true);
  });

  it("is in the README's error table: each code with its number and when it happens", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const rows = new Map(
      [...readme.matchAll(/^\| (\d+) +\| ([A-Z_]+) +\| (.*\S) +\|$/gm)].map((m) => [
        m[2],
        [Number(m[1]), m[3]],
      ]),
    );
    for (const [name, code] of Object.entries(ErrorCode)) {
      expect(rows.get(name)?.[0], name).toBe(code);
      expect(rows.get(name)?.[1], name).toMatch(/\w/);
    }
    expect(rows.size).toBe(Object.keys(ErrorCode).length);
  });

  it('maps a platform error into ADAPTER_FAILURE keeping its code, and passes table errors through', () => {
    const mapped = toTrtcSmartError({ code: 5001, message: 'room full' });
    expect(mapped.code).toBe(ErrorCode.ADAPTER_FAILURE);
    expect(mapped.cause).toEqual({ code: 5001, message: 'room full' });
    const own = new TrtcSmartError(ErrorCode.INVALID_STATE, 'x');
    expect(toTrtcSmartError(own)).toBe(own);
    expect(own.toJSON()).toEqual({ code: ErrorCode.INVALID_STATE, msg: 'x' });
  });
});

describe('field rules name the field and the rule', () => {
  it.each([
    ['', 'userId: must be 1-32 characters'],
    ['a'.repeat(33), 'userId: must be 1-32 characters'],
    ['bad id', 'userId: must be 1-32 characters'],
    [42, 'userId: must be 1-32 characters'],
  ])('userId %j', (value, message) => {
    expect(() => userIdField(value, 'userId')).toThrow(message);
  });

  it('userIdList: non-empty, no duplicates, not self', () => {
    expect(() => userIdListField([], 'userIdList', 'me')).toThrow('userIdList: must be a non-empty array');
    expect(() => userIdListField(['a', 'a'], 'userIdList', 'me')).toThrow(
      'userIdList[1]: must not repeat "a"',
    );
    expect(() => userIdListField(['me'], 'userIdList', 'me')).toThrow(
      'userIdList[0]: must not be the logged-in user',
    );
    expect(userIdListField(['a', 'b'], 'userIdList', 'me')).toEqual(['a', 'b']);
  });

  it('rect: finite numbers >= 0', () => {
    expect(() => viewField({ x: 0, y: 0, w: -1, h: 2 }, 'rect', rectViewRule)).toThrow(
      'rect: must be a rect {x, y, w, h} of finite numbers >= 0 (.w must be a finite number >= 0)',
    );
    expect(() => viewField({ x: 0, y: Number.NaN, w: 1, h: 2 }, 'rect', rectViewRule)).toThrow('.y must be');
    expect(viewField({ x: 0, y: 0, w: 1, h: 2 }, 'rect', rectViewRule)).toEqual({ x: 0, y: 0, w: 1, h: 2 });
  });
});
