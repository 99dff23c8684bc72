// @vitest-environment happy-dom

import { act, cleanup, render } from '@testing-library/react';
import {
  type Calling,
  CallType,
  createCalling,
  createLiveRoom,
  type LiveRoom,
  type Rect,
} from '@trtc-smart/core';
import { createFakeCloud, type FakeCloud } from '@trtc-smart/testkit';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LivePlayer,
  LivePreview,
  LocalVideo,
  RemoteVideo,
  useLiveRoom,
  useLiveRoomEvent,
  useLiveRoomState,
} from '../src/index.js';
import { type Counts, countingAdapter, liveSubscriptions } from './counting.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let cloud: FakeCloud;
const login = (userId: string) => ({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' });
const settle = () => act(() => cloud.settle());
/** The fake cloud takes native rects; a tile's rect is its element's box (0s in happy-dom). */
const rect = (): Rect => ({ x: 0, y: 0, w: 320, h: 240 });

beforeEach(() => {
  cloud = createFakeCloud({ seed: 17 });
});
afterEach(cleanup);

async function run<T>(work: Promise<T>): Promise<T> {
  await settle();
  return work;
}

async function calling(userId: string): Promise<Calling<Rect>> {
  const c = createCalling({ adapter: cloud.adapter(userId) });
  await run(c.login(login(userId)));
  return c;
}

/** alice and bob in a video call. */
async function videoCall(): Promise<[Calling<Rect>, Calling<Rect>]> {
  const alice = await calling('alice');
  const bob = await calling('bob');
  await run(alice.call({ userId: 'bob', type: CallType.VIDEO }));
  await run(bob.accept());
  return [alice, bob];
}

describe('LocalVideo and RemoteVideo', () => {
  for (const strict of [false, true]) {
    it(`${strict ? 'under StrictMode: ' : ''}open the camera and render the peer into their element; unmounting stops both`, async () => {
      const [alice] = await videoCall();
      const tiles = (
        <>
          <LocalVideo calling={alice} view={rect} data-testid="me" />
          <RemoteVideo calling={alice} userId="bob" view={rect} />
        </>
      );
      const view = render(strict ? <StrictMode>{tiles}</StrictMode> : tiles);
      await settle();
      expect(view.getByTestId('me').tagName).toBe('DIV');
      expect(cloud.mediaState('alice')?.camera).toBe('front');
      expect(Object.keys(cloud.mediaState('alice')?.remoteViews ?? {})).toEqual(['bob']);
      expect(alice.getSnapshot().call?.participants.bob?.rendering).toBe(true);
      view.unmount();
      await settle();
      expect(cloud.mediaState('alice')?.camera).toBe('off');
      expect(cloud.mediaState('alice')?.remoteViews).toEqual({});
    });
  }

  it('wait for the call: the peer renders once joined; the camera closes when the call goes audio', async () => {
    const alice = await calling('alice');
    const bob = await calling('bob');
    const view = render(
      <>
        <LocalVideo calling={alice} view={rect} />
        <RemoteVideo calling={alice} userId="bob" view={rect} />
      </>,
    );
    expect(cloud.mediaState('alice')?.camera).toBe('off');
    await run(alice.call({ userId: 'bob', type: CallType.VIDEO }));
    expect(cloud.mediaState('alice')?.camera).toBe('front');
    expect(cloud.mediaState('alice')?.remoteViews).toEqual({});
    await run(bob.accept());
    expect(Object.keys(cloud.mediaState('alice')?.remoteViews ?? {})).toEqual(['bob']);
    await run(alice.switchToAudio());
    expect(cloud.mediaState('alice')?.camera).toBe('off');
    await run(bob.hangup());
    expect(alice.getSnapshot().status).toBe('idle');
    view.unmount();
    await settle();
  });

  it('a start the SDK refuses goes to onError', async () => {
    const [alice] = await videoCall();
    const errors: unknown[] = [];
    render(
      <LocalVideo
        calling={alice}
        view={() => ({ x: -1, y: 0, w: 1, h: 1 })}
        onError={(e) => errors.push(e)}
      />,
    );
    await settle();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/view/);
  });
});

describe('live room: useLiveRoom, LivePreview, LivePlayer', () => {
  it('an anchor and a viewer in React: preview, publish, play, barrage; unmount leaves nothing behind', async () => {
    const counts: Counts = {};
    const viewerAdapter = countingAdapter(cloud.adapter('viewer'), counts);
    const anchor: LiveRoom<Rect> = createLiveRoom({ adapter: cloud.adapter('anchor') });
    await run(anchor.login(login('anchor')));
    const anchorView = render(
      <StrictMode>
        <LivePreview room={anchor} view={rect} />
      </StrictMode>,
    );
    await settle();
    expect(cloud.liveMediaState('anchor')?.camera).toBe('front');
    await run(anchor.createRoom({ roomId: 42, roomName: 'r', coverUrl: '' }));
    await run(anchor.startPublish({ streamId: 's42' }));

    const messages: string[] = [];
    function Viewer() {
      const room = useLiveRoom({ adapter: viewerAdapter, login: login('viewer') });
      const status = useLiveRoomState(room, (s) => s.status);
      useLiveRoomEvent(room, 'onRecvRoomTextMsg', (e) => messages.push(`${e.fromUser.userId}: ${e.message}`));
      return (
        <>
          <output>{status}</output>
          {room && status === 'watching' && <LivePlayer room={room} userId="anchor" view={rect} />}
          {room && status === 'outside' && (
            <button type="button" onClick={() => void room.enterRoom({ roomId: 42 })}>
              watch
            </button>
          )}
        </>
      );
    }
    const viewer = render(
      <StrictMode>
        <Viewer />
      </StrictMode>,
    );
    await settle();
    expect(counts.logins).toBe(1);
    act(() => viewer.getByRole('button').click());
    await settle();
    expect(viewer.container.querySelector('output')?.textContent).toBe('watching');
    expect(Object.keys(cloud.liveMediaState('viewer')?.plays ?? {})).toEqual(['anchor']);
    await run(anchor.sendRoomTextMsg({ msg: 'hello' }));
    expect(messages).toEqual(['anchor: hello']);

    viewer.unmount();
    await settle();
    expect(liveSubscriptions(counts)).toBe(0);
    expect(cloud.liveRoomMembers(42)).toEqual(['anchor']);
    anchorView.unmount();
    await settle();
    expect(cloud.liveMediaState('anchor')?.camera).toBe('off');
  });
});
