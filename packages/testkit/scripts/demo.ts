/**
 * `pnpm demo`: a scripted multi-party call on the fake cloud, printed as one timeline of every
 * user's state changes and events, in virtual time.
 */
import { CallType } from '@trtc-smart/core';
import { type CallingParty, callingParty, fakeCloudHarness, step } from '../src/index.js';

const world = fakeCloudHarness.world({ seed: 42, latencyMs: 30, jitterMs: 10 });
const start = world.cloud.clock.now();
const stamp = () => `${((world.cloud.clock.now() - start) / 1000).toFixed(3).padStart(8)}s`;
const print = (who: string, what: string) => console.log(`${stamp()}  ${who.padEnd(6)} ${what}`);

function watch(party: CallingParty): CallingParty {
  let status = '';
  party.calling.state$.subscribe((s) => {
    if (s.status === status) return;
    status = s.status;
    print(party.userId, `state → ${status}`);
  });
  party.calling.events$.subscribe(({ eventType, ...fields }) => {
    if (eventType === 'onUserVoiceVolume' || eventType === 'onUserNetworkQuality') return;
    print(party.userId, `${eventType} ${JSON.stringify(fields)}`);
  });
  return party;
}

const [alice, bob, carol, dave] = ['alice', 'bob', 'carol', 'dave'].map((id) =>
  watch(callingParty(world, id)),
) as [CallingParty, CallingParty, CallingParty, CallingParty];
const note = (text: string) => console.log(`\n${stamp()}  ── ${text}`);

note('everyone logs in');
for (const p of [alice, bob, carol, dave]) await step(world, () => p.login());

note('alice calls bob (video); bob accepts; alice opens her camera');
await step(world, () => alice.calling.call({ userId: 'bob', type: CallType.VIDEO }));
await world.cloud.advance(2_000);
await step(world, () => bob.calling.accept());
await step(world, () => alice.calling.openCamera({ isFront: true, view: world.view('alice') }));

note('carol calls bob, who is busy');
await step(world, () => carol.calling.call({ userId: 'bob', type: CallType.AUDIO }));

note('alice invites dave into the call; dave accepts');
await step(world, () => alice.calling.groupCall({ userIdList: ['dave'], type: CallType.VIDEO }));
await step(world, () => dave.calling.accept());

note('a minute later bob switches to audio, then everyone hangs up');
await world.cloud.advance(60_000);
await step(world, () => bob.calling.switchToAudio());
await step(world, () => bob.calling.hangup());
await step(world, () => dave.calling.hangup());

note(
  `done: ${(JSON.parse(world.cloud.exportTrace()) as unknown[]).length} trace entries; the same seed prints the same timeline`,
);
