import { describe, expect, it } from 'vitest';
import {
  decodeLiveMessage,
  decodeRoomStatus,
  encodeLiveMessage,
  encodeRoomStatus,
  type LiveMessage,
} from '../../src/wire/live-actions.js';

/** Golden vectors: each literal is what goes on the wire, and what it reads back as. */
const vectors: readonly { name: string; wire: string; message: LiveMessage }[] = [
  {
    name: 'link-mic request',
    wire: '{"version":"1.0.0","action":100,"reason":"let me in"}',
    message: { action: 100, reason: 'let me in' },
  },
  {
    name: 'link-mic response (accept)',
    wire: '{"version":"1.0.0","action":101,"accept":1,"reason":""}',
    message: { action: 101, accept: true, reason: '' },
  },
  {
    name: 'link-mic response (refuse)',
    wire: '{"version":"1.0.0","action":101,"accept":0,"reason":"busy"}',
    message: { action: 101, accept: false, reason: 'busy' },
  },
  { name: 'link-mic kick-out', wire: '{"version":"1.0.0","action":102}', message: { action: 102 } },
  {
    name: 'co-host stream',
    wire: '{"version":"1.0.0","action":103,"stream_id":"1400000001_9_bob_main"}',
    message: { action: 103, streamId: '1400000001_9_bob_main' },
  },
  {
    name: 'PK request',
    wire: '{"version":"1.0.0","action":200,"from_room_id":"9001","from_stream_id":"s_ann"}',
    message: { action: 200, fromRoomId: '9001', fromStreamId: 's_ann' },
  },
  {
    name: 'PK response',
    wire: '{"version":"1.0.0","action":201,"accept":1,"reason":"","stream_id":"s_bob"}',
    message: { action: 201, accept: true, reason: '', streamId: 's_bob' },
  },
  { name: 'PK quit', wire: '{"version":"1.0.0","action":202}', message: { action: 202 } },
  {
    name: 'room custom message',
    wire: '{"version":"1.0.0","action":301,"command":"like","message":"{\\"n\\":3}"}',
    message: { action: 301, command: 'like', message: '{"n":3}' },
  },
  {
    name: 'anchor-list announcement',
    wire: '{"version":"1.0.0","action":400,"type":2,"list":[{"userId":"ann","streamId":"s_ann","name":"Ann"},{"userId":"bob","streamId":"s_bob","name":""}]}',
    message: {
      action: 400,
      type: 2,
      list: [
        { userId: 'ann', streamId: 's_ann', name: 'Ann' },
        { userId: 'bob', streamId: 's_bob', name: '' },
      ],
    },
  },
];

describe('live-room IM messages, both ways', () => {
  for (const v of vectors) {
    it(`${v.name}: encodes to the literal`, () => expect(encodeLiveMessage(v.message)).toBe(v.wire));
    it(`${v.name}: decodes from the literal`, () => expect(decodeLiveMessage(v.wire)).toEqual(v.message));
  }

  it('reads a numeric from_room_id and a boolean accept from other kits', () => {
    expect(
      decodeLiveMessage('{"version":"1.0.0","action":200,"from_room_id":9001,"from_stream_id":"s"}'),
    ).toEqual({ action: 200, fromRoomId: '9001', fromStreamId: 's' });
    expect(decodeLiveMessage('{"version":"1.0.0","action":101,"accept":true}')).toEqual({
      action: 101,
      accept: true,
      reason: '',
    });
  });

  it("drops other apps' messages: another version, unknown action, not JSON", () => {
    for (const text of ['{"version":"2.0.0","action":100}', '{"version":"1.0.0","action":999}', 'hello']) {
      expect(decodeLiveMessage(text), text).toBeUndefined();
    }
  });
});

describe('the anchor list in the group introduction', () => {
  const stored = '{"type":1,"list":[{"userId":"ann","streamId":"1400000001_9001_ann_main","name":"Ann"}]}';

  it('is stored as the literal and read back', () => {
    const status = {
      type: 1,
      list: [{ userId: 'ann', streamId: '1400000001_9001_ann_main', name: 'Ann' }],
    } as const;
    expect(encodeRoomStatus(status)).toBe(stored);
    expect(decodeRoomStatus(stored)).toEqual(status);
  });

  it('refuses a list that does not fit in 240 bytes (counted in UTF-8)', () => {
    const anchor = (n: number) => ({
      userId: `user${n}`,
      streamId: `stream_${n}`,
      name: '主播主播主播主播主播',
    });
    expect(encodeRoomStatus({ type: 2, list: [anchor(1), anchor(2)] })).toBeDefined();
    expect(encodeRoomStatus({ type: 2, list: [anchor(1), anchor(2), anchor(3)] })).toBeUndefined();
  });

  it('reads an empty room and drops a malformed introduction', () => {
    expect(decodeRoomStatus('{"type":0,"list":[]}')).toEqual({ type: 0, list: [] });
    expect(decodeRoomStatus('{"type":7,"list":[]}')).toBeUndefined();
    expect(decodeRoomStatus('{"type":1,"list":[{"name":"no id"}]}')).toBeUndefined();
    expect(decodeRoomStatus('a plain introduction')).toBeUndefined();
  });
});
