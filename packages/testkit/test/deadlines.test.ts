import { createCalling, createLiveRoom, ErrorCode } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../src/index.js';
import { outcome } from './helpers.js';

const never = () => new Promise<never>(() => {});

describe('nothing hangs: login, logout and port requests have a deadline (loginTimeoutSec)', () => {
  it('login with no network fails with NETWORK_TIMEOUT naming the request, and leaves the user logged out', async () => {
    const cloud = createFakeCloud();
    const calling = createCalling({ adapter: cloud.adapter('alice') });
    cloud.setOnline('alice', false);
    const login = outcome(calling.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' }));
    await cloud.advance(15_000);
    expect(login.settled).toBe(true);
    expect(login.error).toMatchObject({
      code: ErrorCode.NETWORK_TIMEOUT,
      message: expect.stringContaining('login'),
    });
    expect(calling.getSnapshot().status).toBe('loggedOut');
  });

  it('a platform login that never answers fails after loginTimeoutSec, as the chat SDK took ~90 s to', async () => {
    const cloud = createFakeCloud();
    const base = cloud.adapter('alice');
    const calling = createCalling({ adapter: { ...base, session: { ...base.session, login: never } } });
    const login = outcome(calling.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' }));
    await cloud.advance(14_999);
    expect(login.settled).toBe(false);
    await cloud.advance(1);
    expect(login.error).toMatchObject({
      code: ErrorCode.NETWORK_TIMEOUT,
      message: 'session.login: the platform gave no answer within 15 s',
    });
    expect(calling.getSnapshot().status).toBe('loggedOut');
  });

  it('a live room: logout and a room request that never answer fail at the deadline set', async () => {
    const cloud = createFakeCloud();
    const base = cloud.adapter('anchor');
    const room = createLiveRoom({
      adapter: {
        ...base,
        session: { ...base.session, logout: never },
        liveSignaling: { ...base.liveSignaling, createRoom: never },
      },
      loginTimeoutSec: 5,
    });
    const login = room.login({ sdkAppId: cloud.options.sdkAppId, userId: 'anchor', userSig: 's' });
    await cloud.settle();
    await login;
    const create = outcome(room.createRoom({ roomId: 9, roomName: 'r', coverUrl: '' }));
    await cloud.advance(5_000);
    expect(create.error).toMatchObject({
      code: ErrorCode.NETWORK_TIMEOUT,
      message: 'liveSignaling.createRoom: the platform gave no answer within 5 s',
    });
    expect(room.getSnapshot().status).toBe('outside');
    const logout = outcome(room.logout());
    // Logout first tells IM it left the room whose creation got no answer (one round trip), then
    // its own request has the 5 s deadline.
    await cloud.advance(6_000);
    expect(logout.error).toMatchObject({ code: ErrorCode.NETWORK_TIMEOUT });
    expect(room.getSnapshot().status).toBe('loggedOut');
  });

  it('a platform error with an empty message gets words of ours; its code and text stay in cause', async () => {
    const cloud = createFakeCloud();
    const base = cloud.adapter('alice');
    const failing = () => Promise.reject({ code: 2801, message: '' });
    const calling = createCalling({ adapter: { ...base, session: { ...base.session, login: failing } } });
    const login = outcome(calling.login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' }));
    await cloud.settle();
    expect(login.error).toMatchObject({
      code: ErrorCode.ADAPTER_FAILURE,
      message: 'the platform failed with code 2801 and no message',
      cause: { code: 2801, message: '' },
    });
  });

  it('a bad loginTimeoutSec is refused, naming the option and the rule', () => {
    const cloud = createFakeCloud();
    expect(() => createCalling({ adapter: cloud.adapter('a'), loginTimeoutSec: 0 })).toThrow(
      'loginTimeoutSec: must be a number > 0',
    );
    expect(() => createLiveRoom({ adapter: cloud.adapter('b'), reconnectGraceMs: -1 })).toThrow(
      'reconnectGraceMs: must be a number >= 0',
    );
  });
});
