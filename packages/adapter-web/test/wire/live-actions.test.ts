import { describe, expect, it } from 'vitest';
import {
  decodeLiveMessage,
  decodeRoomStatus,
  encodeLiveMessage,
  encodeRoomStatus,
  type LiveMessage,
} from '../../src/wire/live-actions.js';

/**
 * Golden vectors, each as tencentyun/TUILiveRoom builds it at 1697d86e4b9c754915ac0227385233f96d131bda:
 * Android Android/tuiliveroom/src/main/java/com/tencent/liteav/liveroom/model/impl/room/impl/IMProtocol.java
 * (org.json keeps insertion order), iOS iOS/Source/model/Impl/IM/TRTCLiveRoomIMAction.m
 * (an NSDictionary literal: its key order is the dictionary's, shown here as written).
 */
const both: readonly { name: string; wire: string; message: LiveMessage }[] = [
  {
    // Android IMProtocol.getCusMsgJsonStr
    name: 'room custom message (Android)',
    wire: '{"version":"1.0.0","action":301,"command":"like","message":"{\\"n\\":3}"}',
    message: { action: 301, command: 'like', message: '{"n":3}' },
  },
];

const readOnly: readonly { name: string; wire: string; message: LiveMessage }[] = [
  {
    // Android IMProtocol.getUpdateGroupInfoJsonStr: the introduction, then version and action
    name: 'anchor-list announcement (Android)',
    wire: '{"type":2,"list":[{"userId":"ann","streamId":"ann_stream","name":"Ann"},{"userId":"bob","streamId":"bob_stream","name":""}],"version":"1.0.0","action":400}',
    message: {
      action: 400,
      type: 2,
      list: [
        { userId: 'ann', streamId: 'ann_stream', name: 'Ann' },
        { userId: 'bob', streamId: 'bob_stream', name: '' },
      ],
    },
  },
  {
    // iOS notifyStreamToAnchorWithUserId: TRTCLiveRoomIMActionTypeNotifyJoinAnchorStream = 105
    name: 'co-host stream notice (iOS)',
    wire: '{"action":105,"stream_id":"bob_stream","version":"1.0.0"}',
    message: { action: 105, stream_id: 'bob_stream' },
  },
  {
    // iOS sendRoomCustomMsgWithRoomID
    name: 'room custom message (iOS)',
    wire: '{"action":301,"command":"like","message":"hi","version":"1.0.0"}',
    message: { action: 301, command: 'like', message: 'hi' },
  },
];

describe('live-room IM messages, both ways', () => {
  for (const v of both) {
    it(`${v.name}: encodes to the literal`, () => expect(encodeLiveMessage(v.message)).toBe(v.wire));
  }
  for (const v of [...both, ...readOnly]) {
    it(`${v.name}: decodes from the literal`, () => expect(decodeLiveMessage(v.wire)).toEqual(v.message));
  }

  it('sends an anchor-list announcement Android and iOS read: version and action beside the introduction', () => {
    const message = {
      action: 400,
      type: 1,
      list: [{ userId: 'ann', streamId: 'ann_stream', name: 'Ann' }],
    } as const;
    expect(encodeLiveMessage(message)).toBe(
      '{"version":"1.0.0","action":400,"type":1,"list":[{"userId":"ann","streamId":"ann_stream","name":"Ann"}]}',
    );
  });

  it('sends the co-host stream notice as 105 (iOS >= 2021-09; 103 there answers a kick-out)', () => {
    expect(JSON.parse(encodeLiveMessage({ action: 105, stream_id: 's' }))).toEqual({
      action: 105,
      stream_id: 's',
      version: '1.0.0',
    });
  });

  it("drops requests as C2C actions (official apps ignore them since 2021-08) and other apps' messages", () => {
    for (const text of [
      '{"version":"1.0.0","action":100,"reason":""}',
      '{"version":"1.0.0","action":103,"stream_id":"s"}',
      '{"version":"2.0.0","action":301}',
      '{"version":"1.0.0","action":999}',
      'hello',
    ]) {
      expect(decodeLiveMessage(text), text).toBeUndefined();
    }
  });
});

describe('the anchor list in the group introduction', () => {
  // Android IMProtocol.getGroupInfoJsonStr (TXRoomService.createRoom writes the owner at once)
  const stored = '{"type":1,"list":[{"userId":"ann","streamId":"ann_stream","name":"Ann"}]}';
  const status = { type: 1, list: [{ userId: 'ann', streamId: 'ann_stream', name: 'Ann' }] } as const;

  it('is stored as Android stores it and read back', () => {
    expect(encodeRoomStatus(status)).toBe(stored);
    expect(decodeRoomStatus(stored)).toEqual(status);
  });

  it("reads iOS's introduction (updateGroupInfoWithRoomID: the owner only, with version)", () => {
    const ios = '{"type":1,"list":[{"name":"Ann","userId":"ann","streamId":"ann_stream"}],"version":"1.0.0"}';
    expect(decodeRoomStatus(ios)).toEqual(status);
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
