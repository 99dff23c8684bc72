import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fakeUsers, realUser, type User } from './clouds.js';
import { Phone } from './phone.js';

// ?sdkAppId=…&userId=…&userSig=… runs on the real cloud; otherwise alice, bob and carol share the fake one.
const query = new URLSearchParams(location.search);
const sdkAppId = Number(query.get('sdkAppId'));
const users: User[] = sdkAppId
  ? [await realUser(sdkAppId, query.get('userId') ?? '', query.get('userSig') ?? '')]
  : fakeUsers(['alice', 'bob', 'carol'], Number(query.get('speed') ?? 1));
const contacts = (query.get('contacts') ?? 'alice,bob,carol').split(',');

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    {users.map((user) => (
      <Phone key={user.userId} user={user} contacts={contacts.filter((c) => c !== user.userId)} />
    ))}
  </StrictMode>,
);
