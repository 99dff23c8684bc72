// @vitest-environment happy-dom

import { act, cleanup, fireEvent, render } from '@testing-library/react';
import type { Calling, CallingState, LiveRoom, LiveRoomState, Rect } from '@trtc-smart/core';
import {
  type CallingWithMedia,
  type LiveRoomWithMedia,
  type MediaState,
  mediaControls,
  type WithMediaState,
} from '@trtc-smart/core/media';
import { createFakeCloud, type FakeCloud, type FakeView } from '@trtc-smart/testkit';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  LivePreview,
  LocalVideo,
  useCallEvent,
  useCalling,
  useCallState,
  useLiveRoom,
  useLiveRoomEvent,
  useLiveRoomState,
} from '../src/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let cloud: FakeCloud;
const login = (userId: string) => ({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' });
const settle = () => act(() => cloud.settle());
const rect = (): Rect => ({ x: 0, y: 0, w: 320, h: 240 });
const smooth = { style: 'smooth', beauty: 5, whiteness: 3, ruddiness: 1 } as const;

beforeEach(() => {
  cloud = createFakeCloud({ seed: 17 });
});
afterEach(cleanup);

describe('media: mediaControls through the hooks', () => {
  it('types: with media the hooks give the WithMedia instance, its state and its events; without, the plain ones', () => {
    function Typed() {
      const adapter = cloud.adapter('alice');
      const calling = useCalling({ adapter, media: mediaControls });
      const plainCalling = useCalling({ adapter });
      expectTypeOf(calling).toEqualTypeOf<CallingWithMedia<FakeView> | null>();
      expectTypeOf(plainCalling).toEqualTypeOf<Calling<FakeView> | null>();
      expectTypeOf(useCallState(calling)).toEqualTypeOf<WithMediaState<CallingState> | undefined>();
      expectTypeOf(useCallState(plainCalling)).toEqualTypeOf<CallingState | undefined>();
      expectTypeOf(useCallState(calling, (s) => s.media)).toEqualTypeOf<MediaState | undefined>();
      useCallEvent(calling, 'onStatistics', (e) => expectTypeOf(e.rtt).toBeNumber());
      useCallEvent(calling, 'onCallEnd', (e) => expectTypeOf(e.totalTime).toBeNumber());
      // @ts-expect-error: a Calling without media has no media events
      useCallEvent(plainCalling, 'onStatistics', () => {});

      const room = useLiveRoom({ adapter, media: mediaControls });
      const plainRoom = useLiveRoom({ adapter });
      expectTypeOf(room).toEqualTypeOf<LiveRoomWithMedia<FakeView> | null>();
      expectTypeOf(plainRoom).toEqualTypeOf<LiveRoom<FakeView> | null>();
      expectTypeOf(useLiveRoomState(room)).toEqualTypeOf<WithMediaState<LiveRoomState> | undefined>();
      expectTypeOf(useLiveRoomState(plainRoom)).toEqualTypeOf<LiveRoomState | undefined>();
      useLiveRoomEvent(room, 'onMusicComplete', (e) => expectTypeOf(e.id).toBeNumber());
      // @ts-expect-error: a LiveRoom without media has no media events
      useLiveRoomEvent(plainRoom, 'onMusicComplete', () => {});
      return (
        calling &&
        room && (
          <>
            <LocalVideo calling={calling} view={rect} />
            <LivePreview room={room} view={rect} />
          </>
        )
      );
    }
    expect(Typed).toBeTypeOf('function');
  });

  it('an anchor sets beauty on the preview through useLiveRoom: the device applies it and state.media shows it', async () => {
    const adapter = cloud.adapter('alice');
    function Anchor() {
      const room = useLiveRoom({ adapter, login: login('alice'), media: mediaControls });
      const beauty = useLiveRoomState(room, (s) => s.media.beauty);
      if (!room || !beauty) return null;
      return (
        <>
          <LivePreview room={room} view={rect} />
          <output>{`${beauty.style} ${beauty.beauty}`}</output>
          <button type="button" onClick={() => void room.setBeautyStyle(smooth)}>
            beauty
          </button>
        </>
      );
    }
    const view = render(
      <StrictMode>
        <Anchor />
      </StrictMode>,
    );
    await settle();
    await settle(); // logged in, then the preview's start
    expect(cloud.liveMediaState('alice')?.camera).toBe('front');
    expect(view.container.querySelector('output')?.textContent).toBe('smooth 0');
    fireEvent.click(view.getByRole('button'));
    await settle();
    expect(cloud.mediaState('alice')?.controls.beauty).toEqual(smooth);
    expect(view.container.querySelector('output')?.textContent).toBe('smooth 5');
    view.unmount();
    await settle();
    expect(cloud.onlineUsers()).toEqual([]);
  });

  it('useCallEvent hears media events of a CallingWithMedia', async () => {
    const completed: number[] = [];
    const adapter = cloud.adapter('bob');
    const url = 'https://example.com/a.mp3#durationMs=2000';
    function Player() {
      const calling = useCalling({ adapter, login: login('bob'), media: mediaControls });
      useCallEvent(calling, 'onMusicComplete', (e) => completed.push(e.id));
      const tracks = useCallState(calling, (s) => s.media.music.length);
      return (
        <button type="button" onClick={() => void calling?.startPlayMusic({ id: 7, url })}>
          {tracks}
        </button>
      );
    }
    const view = render(<Player />);
    await settle();
    fireEvent.click(view.getByRole('button'));
    await settle();
    expect(view.container.textContent).toBe('1');
    await act(() => cloud.advance(3000));
    expect(completed).toEqual([7]);
    expect(view.container.textContent).toBe('0');
  });
});
