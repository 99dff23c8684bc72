import { createCalling, createLiveRoom } from '@trtc-smart/core';
import { describe, expect, it } from 'vitest';
import { createFakeCloud } from '../../src/index.js';
import { collect, logInCallings } from '../helpers.js';

/**
 * Found by the fault harness (issue 14): a login elsewhere while this device's link is down loses
 * the kickedOffline notice, and nothing told the device on reconnecting, so its SDK stayed in its
 * call or room for good. IM tells a reconnecting device: the chat SDK logs in again on reconnecting
 * (`_reLoginOnReconnected`) and IM's answer 1002 (HELLO_ANSWER_KICKED_OUT) makes it emit KICKED_OUT
 * (@tencentcloud/chat 3.6.6 index.js, onErrorCodeNotZero).
 */
describe('regression: a kick the device could not hear', () => {
  it('is told when the link is back: the call ends, the session is over', async () => {
    const cloud = createFakeCloud();
    const alice = createCalling({ adapter: cloud.adapter('alice') });
    const bob = createCalling({ adapter: cloud.adapter('bob') });
    await logInCallings(cloud, { alice, bob });
    const events = collect(alice.events$);
    const calling = alice.call({ userId: 'bob', type: 2 });
    await cloud.settle();
    await calling;
    const accepting = bob.accept();
    await cloud.settle();
    await accepting;
    expect(alice.getSnapshot().status).toBe('inCall');

    cloud.network.partition('alice');
    const elsewhere = cloud.adapter('alice');
    // Partitioning 'alice' takes in her new device too once it is hers: its answer is lost.
    elsewhere.session
      .login({ sdkAppId: cloud.options.sdkAppId, userId: 'alice', userSig: 's' })
      .catch(() => {});
    await cloud.advance(1_000);
    cloud.network.heal('alice');
    await cloud.advance(5_000);

    expect(alice.getSnapshot().status).toBe('loggedOut');
    expect(events.filter((e) => e.eventType === 'onKickedOffline')).toHaveLength(1);
    expect(events.filter((e) => e.eventType === 'onCallEnd')).toHaveLength(1);
  });

  it('ends a live room the same way', async () => {
    const cloud = createFakeCloud();
    const alice = createLiveRoom({ adapter: cloud.adapter('alice') });
    const sdkAppId = cloud.options.sdkAppId;
    const login = alice.login({ sdkAppId, userId: 'alice', userSig: 's' });
    await cloud.settle();
    await login;
    const creating = alice.createRoom({ roomId: 4242, roomName: 'r', coverUrl: '' });
    await cloud.settle();
    await creating;

    cloud.network.partition('alice');
    cloud
      .adapter('alice')
      .session.login({ sdkAppId, userId: 'alice', userSig: 's' })
      .catch(() => {});
    await cloud.advance(1_000);
    cloud.network.heal('alice');
    await cloud.advance(5_000);

    expect(alice.getSnapshot().status).toBe('loggedOut');
  });
});
