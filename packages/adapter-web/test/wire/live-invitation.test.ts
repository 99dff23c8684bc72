import { officialLiveWire as official } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import { decodeLiveInvitation, encodeLiveInvitation } from '../../src/wire/live-invitation.js';

/**
 * The golden vectors are testkit's hand transcriptions of tencentyun/TUILiveRoom at
 * 1697d86e4b9c754915ac0227385233f96d131bda (see packages/testkit/src/official/live-wire.ts for the
 * path of each): Android TXRoomService.createSignallingData, iOS TRTCLiveRoomIMAction.m.
 */
describe('TUILiveRoom invitation payloads (businessID "Live")', () => {
  it.each([
    [
      'Android requestJoinAnchor',
      official.androidInvitation('requestJoinAnchor', '1001'),
      'requestJoinAnchor',
      1001,
      '',
      '',
    ],
    ['Android requestRoomPK', official.androidInvitation('requestRoomPK', '22'), 'requestRoomPK', 22, '', ''],
    [
      'iOS requestJoinAnchor (no room id)',
      official.iosInvitations.requestJoinAnchor('sing'),
      'requestJoinAnchor',
      undefined,
      'sing',
      '',
    ],
    [
      'iOS requestRoomPK (room and stream)',
      official.iosInvitations.requestRoomPK('21', 'ann_stream'),
      'requestRoomPK',
      21,
      '',
      'ann_stream',
    ],
    [
      'iOS PK accept (stream_id)',
      official.iosInvitations.roomPKAnswer('bob_stream'),
      'requestRoomPK',
      undefined,
      '',
      'bob_stream',
    ],
    ['iOS kick-out', official.iosInvitations.kickoutJoinAnchor(), 'kickoutJoinAnchor', undefined, '', ''],
    [
      'iOS quit-PK accept (action, not cmd)',
      official.iosInvitations.quitRoomPKAccept(),
      '',
      undefined,
      '',
      '',
    ],
  ] as const)('reads %s', (_, wire, cmd, roomId, message, streamId) => {
    expect(decodeLiveInvitation(wire)).toEqual({ cmd, roomId, message, streamId });
  });

  it('sends the shape both kits read: version 1, businessID Live, a platform, data.cmd', () => {
    const sent = JSON.parse(encodeLiveInvitation('requestRoomPK', { roomId: '21', streamId: 's' }));
    const android = JSON.parse(official.androidInvitation('requestRoomPK', '21'));
    expect(Object.keys(sent)).toEqual(Object.keys(android));
    expect(sent).toEqual({
      version: 1,
      businessID: 'Live',
      platform: 'Web',
      data: { cmd: 'requestRoomPK', roomId: '21', streamId: 's' },
    });
  });

  it('drops calls and other JSON', () => {
    for (const wire of ['{"version":4,"businessID":"av_call","call_type":1,"room_id":1}', 'not json', '[]']) {
      expect(decodeLiveInvitation(wire), wire).toBeUndefined();
    }
  });
});
