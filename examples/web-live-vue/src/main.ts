import { createApp, h } from 'vue';
import { Anchor } from './anchor.js';
import { Audience } from './audience.js';
import { fakeUsers, realUser, type User } from './clouds.js';

// ?sdkAppId=…&userId=…&userSig=…&role=anchor|audience&roomId=… runs this browser's user on the real
// cloud; otherwise two anchors (alice, dave) and two viewers (bob, carol) share the fake one.
const query = new URLSearchParams(location.search);
const sdkAppId = Number(query.get('sdkAppId'));
const roomId = Number(query.get('roomId') ?? 1001);

async function app() {
  if (sdkAppId) {
    const user = await realUser(sdkAppId, query.get('userId') ?? '', query.get('userSig') ?? '');
    return query.get('role') === 'anchor'
      ? () => h(Anchor, { user, roomId })
      : () => h(Audience, { user, rooms: [{ roomId, anchor: `room ${roomId}` }] });
  }
  const speed = Number(query.get('speed') ?? 1);
  const names = ['alice', 'dave', 'bob', 'carol'];
  const [alice, dave, bob, carol] = fakeUsers(names, speed) as [User, User, User, User];
  const rooms = [
    { roomId: 1001, anchor: 'alice' },
    { roomId: 1002, anchor: 'dave' },
  ];
  return () => [
    h(Anchor, { user: alice, roomId: 1001, pk: { roomId: 1002, userId: 'dave' } }),
    h(Anchor, { user: dave, roomId: 1002, pk: { roomId: 1001, userId: 'alice' } }),
    h(Audience, { user: bob, rooms }),
    h(Audience, { user: carol, rooms }),
  ];
}

createApp({ render: await app() }).mount('#app');
