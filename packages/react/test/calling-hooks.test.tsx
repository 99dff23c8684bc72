// @vitest-environment happy-dom

import { act, cleanup, render } from '@testing-library/react';
import { type Calling, type CallingState, CallType, createCalling, type Rect } from '@trtc-smart/core';
import { createFakeCloud, type FakeCloud } from '@trtc-smart/testkit';
import { StrictMode, startTransition, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useCallEvent, useCalling, useCallState } from '../src/index.js';
import { type Counts, counted, countingAdapter, liveSubscriptions } from './counting.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let cloud: FakeCloud;
const login = (userId: string) => ({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' });
/** Runs virtual time until the cloud is quiet, letting React commit what it caused. */
const settle = () => act(() => cloud.settle());

beforeEach(() => {
  cloud = createFakeCloud({ seed: 17 });
});
afterEach(cleanup);

/** A calling user outside React, logged in. */
async function outsider(userId: string): Promise<Calling<Rect>> {
  const calling = createCalling({ adapter: cloud.adapter(userId) });
  const done = calling.login(login(userId));
  await settle();
  await done;
  return calling;
}

/** The Calling with its state$ and events$ subscriptions counted. */
function countedCalling<V>(calling: Calling<V>, counts: Counts): Calling<V> {
  const state$ = counted(calling.state$, counts, 'state$');
  const events$ = counted(calling.events$, counts, 'events$');
  return new Proxy(calling, {
    get: (target, key) =>
      key === 'state$' ? state$ : key === 'events$' ? events$ : Reflect.get(target, key),
  });
}

function Phone({
  adapter,
  onState,
}: {
  adapter: ReturnType<typeof countingAdapter>;
  onState: (s?: CallingState) => void;
}) {
  const calling = useCalling({ adapter, login: login('alice') });
  const state = useCallState(calling);
  onState(state);
  return <output>{state?.status ?? 'none'}</output>;
}

describe('useCalling', () => {
  for (const strict of [false, true]) {
    it(`${strict ? 'under StrictMode: ' : ''}creates one instance, logs in once, destroys it on unmount with nothing left subscribed`, async () => {
      const counts: Counts = {};
      const adapter = countingAdapter(cloud.adapter('alice'), counts);
      const seen: string[] = [];
      const phone = <Phone adapter={adapter} onState={(s) => seen.push(s?.status ?? 'none')} />;
      const view = render(strict ? <StrictMode>{phone}</StrictMode> : phone);
      await settle();
      expect(view.container.textContent).toBe('idle');
      expect(counts.logins).toBe(1);
      expect(cloud.onlineUsers()).toEqual(['alice']);
      expect(liveSubscriptions(counts)).toBeGreaterThan(0);
      view.unmount();
      await settle();
      expect(liveSubscriptions(counts)).toBe(0);
      expect(cloud.onlineUsers()).toEqual([]);
      expect(seen[0]).toBe('none');
    });
  }

  it('a new adapter gets a new instance; the old one is destroyed', async () => {
    const counts: Counts = {};
    const first = countingAdapter(cloud.adapter('alice'), counts);
    const secondCounts: Counts = {};
    const second = countingAdapter(cloud.adapter('alice2'), secondCounts);
    function Swap({ adapter }: { adapter: typeof first }) {
      const calling = useCalling({ adapter, login: login(adapter === first ? 'alice' : 'alice2') });
      return <output>{useCallState(calling, (s) => `${s.userId}:${s.status}`) ?? 'none'}</output>;
    }
    const view = render(<Swap adapter={first} />);
    await settle();
    expect(view.container.textContent).toBe('alice:idle');
    view.rerender(<Swap adapter={second} />);
    await settle();
    expect(view.container.textContent).toBe('alice2:idle');
    expect(liveSubscriptions(counts)).toBe(0);
    expect(cloud.onlineUsers()).toEqual(['alice2']);
    view.unmount();
    await settle();
    expect(liveSubscriptions(secondCounts)).toBe(0);
  });

  it('a failed login goes to onError, once', async () => {
    const errors: unknown[] = [];
    const adapter = cloud.adapter('alice');
    function Bad() {
      const calling = useCalling({
        adapter,
        login: { sdkAppId: cloud.options.sdkAppId, userId: '', userSig: 'dev' },
        onError: (e) => errors.push(e),
      });
      return <output>{useCallState(calling)?.status}</output>;
    }
    const view = render(
      <StrictMode>
        <Bad />
      </StrictMode>,
    );
    await settle();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/userId/);
    expect(view.container.textContent).toBe('loggedOut');
  });
});

describe('useCallState', () => {
  it('re-renders on each state change; a selector re-renders only when its pick changes', async () => {
    const alice = await outsider('alice');
    const bob = await outsider('bob');
    const renders = { all: 0, picked: 0 };
    function All() {
      renders.all++;
      return <i>{useCallState(alice).status}</i>;
    }
    function Picked() {
      renders.picked++;
      // A new object each call: the pick stays the same object while its parts are equal.
      const pick = useCallState(
        alice,
        (s) => ({ inCall: s.status === 'inCall' }),
        (a, b) => a.inCall === b.inCall,
      );
      return <b>{String(pick.inCall)}</b>;
    }
    const view = render(
      <>
        <All />
        <Picked />
      </>,
    );
    expect(view.container.textContent).toBe('idlefalse');
    const call = alice.call({ userId: 'bob', type: CallType.VIDEO });
    await settle();
    await call;
    expect(view.container.textContent).toBe('dialingfalse');
    const accept = bob.accept();
    await settle();
    await accept;
    expect(view.container.textContent).toBe('inCalltrue');
    expect(renders.picked).toBe(2);
    expect(renders.all).toBeGreaterThan(renders.picked);
  });

  it('narrows on status: the call is there while inCall', async () => {
    const alice = await outsider('alice');
    function Status() {
      const state = useCallState(alice);
      return <i>{state.status === 'inCall' ? state.call?.roomId : state.status}</i>;
    }
    const view = render(<Status />);
    expect(view.container.textContent).toBe('idle');
  });

  it('unsubscribes on unmount, also under StrictMode', async () => {
    const alice = await outsider('alice');
    const counts: Counts = {};
    const counted = countedCalling(alice, counts);
    function Status() {
      return <i>{useCallState(counted).status}</i>;
    }
    const view = render(
      <StrictMode>
        <Status />
        <Status />
      </StrictMode>,
    );
    expect(counts.state$).toBe(2);
    view.unmount();
    expect(counts.state$).toBe(0);
  });

  it('concurrent rendering: a transition that mounts readers while the state moves shows one state everywhere', async () => {
    const alice = await outsider('alice');
    await outsider('bob');
    let show: (on: boolean) => void = () => {};
    function Reader({ name }: { name: string }) {
      return <i data-name={name}>{useCallState(alice).status}</i>;
    }
    function Host() {
      const [on, setOn] = useState(false);
      show = setOn;
      return (
        <>
          <Reader name="a" />
          {on && <Reader name="b" />}
          {on && <Reader name="c" />}
        </>
      );
    }
    const view = render(<Host />);
    await act(async () => {
      startTransition(() => show(true));
      const call = alice.call({ userId: 'bob', type: CallType.AUDIO });
      await cloud.settle();
      await call;
    });
    const shown = [...view.container.querySelectorAll('i')].map((i) => i.textContent);
    expect(shown).toEqual(['dialing', 'dialing', 'dialing']);
  });
});

describe('useCallEvent', () => {
  it('hands each named event to the latest handler, typed by its name, without resubscribing; unsubscribes on unmount', async () => {
    const bob = await outsider('bob');
    const alice = await outsider('alice');
    const counts: Counts = {};
    const counted = countedCalling(bob, counts);
    const got: string[] = [];
    function Ringer({ tag }: { tag: string }) {
      useCallEvent(counted, 'onInvited', (e) => got.push(`${tag}:${e.sponsor}:${e.callType}`));
      useCallEvent(counted, 'onCallEnd', (e) => got.push(`${tag}:end:${e.reason}`));
      return null;
    }
    const view = render(
      <StrictMode>
        <Ringer tag="first" />
      </StrictMode>,
    );
    view.rerender(
      <StrictMode>
        <Ringer tag="second" />
      </StrictMode>,
    );
    expect(counts.events$).toBe(2);
    const call = alice.call({ userId: 'bob', type: CallType.VIDEO });
    await settle();
    await call;
    const cancel = alice.hangup();
    await settle();
    await cancel;
    expect(got).toEqual([`second:alice:${CallType.VIDEO}`, 'second:end:cancelled']);
    view.unmount();
    expect(counts.events$).toBe(0);
  });

  it('a null instance (before useCalling made it) subscribes to nothing', () => {
    function Empty() {
      useCallEvent(null, 'onInvited', () => {});
      return <i>{useCallState(null) === undefined ? 'none' : 'some'}</i>;
    }
    expect(render(<Empty />).container.textContent).toBe('none');
  });
});
