import { describe, expect, it } from 'vitest';
import { decodeLiveInvitation } from '../../src/wire/live-invitation.js';

describe("newer live kits' invitation payloads (businessID Live)", () => {
  it.each([
    ['requestJoinAnchor', '1001', 1001],
    ['kickoutJoinAnchor', '1001', 1001],
    ['requestRoomPK', 22, 22],
    ['quitRoomPK', '22', 22],
    ['cancelJoinAnchor', '7', 7],
  ] as const)('golden vector: %s in room %o', (cmd, roomId, expected) => {
    const wire = `{"version":1,"businessID":"Live","platform":"Android","data":{"cmd":"${cmd}","roomId":${JSON.stringify(roomId)}}}`;
    expect(decodeLiveInvitation(wire)).toEqual({ command: cmd, roomId: expected });
  });

  it('drops calls, unknown commands, missing room ids and other JSON', () => {
    for (const wire of [
      '{"version":4,"businessID":"av_call","call_type":1,"room_id":1}',
      '{"version":1,"businessID":"Live","data":{"cmd":"dance","roomId":"1"}}',
      '{"version":1,"businessID":"Live","data":{"cmd":"requestJoinAnchor"}}',
      '{"version":1,"businessID":"Live","data":{"cmd":"requestJoinAnchor","roomId":"room-1"}}',
      '{"businessID":"Live","data":{"cmd":"requestJoinAnchor","roomId":"1"}}',
      'not json',
    ]) {
      expect(decodeLiveInvitation(wire), wire).toBeUndefined();
    }
  });
});
