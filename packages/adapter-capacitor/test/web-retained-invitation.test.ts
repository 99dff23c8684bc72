import { createFakeCloud } from '@trtc-smart/testkit';
import { describe, expect, it } from 'vitest';
import type { CallInvitedEvent, InviteOptions } from '../src/definitions.js';
import { TrtcSmartWeb } from '../src/web.js';
import { webSdks } from './web-sdk-doubles.js';

const invitation = (roomId: number): InviteOptions => ({
  roomId,
  invitees: ['bob'],
  participants: [],
  callType: 1,
  isGroup: false,
  timeoutSec: 30,
});

/** Two users of web.ts (adapter-web on SDK doubles over one fake cloud), logged in through the plugin. */
async function twoWebUsers() {
  const cloud = createFakeCloud();
  const [alice, bob] = [new TrtcSmartWeb(), new TrtcSmartWeb()];
  await alice.configure(webSdks(cloud, 'alice'));
  await bob.configure(webSdks(cloud, 'bob'));
  const logins = Promise.all(
    [
      [alice, 'alice'],
      [bob, 'bob'],
    ].map(([plugin, userId]) =>
      (plugin as TrtcSmartWeb).login({
        sdkAppId: cloud.options.sdkAppId,
        userId: userId as string,
        userSig: `dev-sig-${userId}`,
      }),
    ),
  );
  await cloud.settle();
  await logins;
  const send = async (run: () => Promise<void>) => {
    const sent = run();
    await cloud.settle();
    await sent;
  };
  return { cloud, alice, bob, send };
}

describe("web.ts: an invitation that arrives before anyone listens (WebPlugin's retainUntilConsumed)", () => {
  it('reaches the first subscriber once, and no later one', async () => {
    const { cloud, alice, bob, send } = await twoWebUsers();
    await send(() => alice.invite(invitation(4242)));

    const first: CallInvitedEvent[] = [];
    const second: CallInvitedEvent[] = [];
    await bob.addListener('callInvited', (event) => first.push(event));
    await bob.addListener('callInvited', (event) => second.push(event));
    await cloud.advance(1_000);

    expect(first).toEqual([
      {
        roomId: 4242,
        inviter: 'alice',
        invitees: ['bob'],
        participants: [],
        callType: 1,
        isGroup: false,
        timeoutSec: 30,
      },
    ]);
    expect(second).toEqual([]);
  });

  it('is retained again once every earlier listener is gone', async () => {
    const { alice, bob, send } = await twoWebUsers();
    const early = await bob.addListener('callInvited', () => undefined);
    await early.remove();
    await send(() => alice.invite(invitation(4343)));

    const heard: number[] = [];
    await bob.addListener('callInvited', (event) => heard.push(event.roomId));
    expect(heard).toEqual([4343]);
  });

  it('other events are not retained: an accept nobody listened to is gone', async () => {
    const { alice, bob, send } = await twoWebUsers();
    await send(() => alice.invite(invitation(4444)));
    await send(() => bob.accept({ roomId: 4444 }));

    const heard: unknown[] = [];
    await alice.addListener('callAccepted', (event) => heard.push(event));
    expect(heard).toEqual([]);
  });
});
