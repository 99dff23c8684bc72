// @vitest-environment happy-dom
import type { Calling, CallingState, LiveRoom, LiveRoomState, Rect } from '@trtc-smart/core';
import {
  type CallingWithMedia,
  type LiveRoomWithMedia,
  type MediaState,
  mediaControls,
  type WithMediaState,
} from '@trtc-smart/core/media';
import { createFakeCloud, type FakeCloud, type FakeView } from '@trtc-smart/testkit';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { type DeepReadonly, defineComponent, effectScope, h, nextTick } from 'vue';
import {
  LivePreview,
  LocalVideo,
  type StateRef,
  useCallEvent,
  useCalling,
  useCallState,
  useLiveRoom,
  useLiveRoomEvent,
  useLiveRoomState,
} from '../src/index.js';

let cloud: FakeCloud;
const login = (userId: string) => ({ sdkAppId: cloud.options.sdkAppId, userId, userSig: 'dev' });
const rect = (): Rect => ({ x: 0, y: 0, w: 320, h: 240 });
const natural = { style: 'natural', beauty: 7, whiteness: 2, ruddiness: 4 } as const;
async function settle(): Promise<void> {
  await cloud.settle();
  await nextTick();
}

beforeEach(() => {
  cloud = createFakeCloud({ seed: 17 });
});

describe('media: mediaControls through the composables', () => {
  it('types: with media the composables give the WithMedia instance, its state and its events; without, the plain ones', () => {
    const scope = effectScope();
    scope.run(() => {
      const adapter = cloud.adapter('alice');
      const calling = useCalling({ adapter, media: mediaControls });
      const plainCalling = useCalling({ adapter });
      expectTypeOf(calling).toEqualTypeOf<CallingWithMedia<FakeView>>();
      expectTypeOf(plainCalling).toEqualTypeOf<Calling<FakeView>>();
      expectTypeOf(useCallState(calling)).toEqualTypeOf<StateRef<WithMediaState<CallingState>>>();
      expectTypeOf(useCallState(plainCalling)).toEqualTypeOf<StateRef<CallingState>>();
      expectTypeOf(useCallState(calling, (s) => s.media).value).toEqualTypeOf<DeepReadonly<MediaState>>();
      useCallEvent(calling, 'onStatistics', (e) => expectTypeOf(e.rtt).toBeNumber());
      useCallEvent(calling, 'onCallEnd', (e) => expectTypeOf(e.totalTime).toBeNumber());
      // @ts-expect-error: a Calling without media has no media events
      useCallEvent(plainCalling, 'onStatistics', () => {});

      const room = useLiveRoom({ adapter, media: mediaControls });
      const plainRoom = useLiveRoom({ adapter });
      expectTypeOf(room).toEqualTypeOf<LiveRoomWithMedia<FakeView>>();
      expectTypeOf(plainRoom).toEqualTypeOf<LiveRoom<FakeView>>();
      expectTypeOf(useLiveRoomState(room)).toEqualTypeOf<StateRef<WithMediaState<LiveRoomState>>>();
      expectTypeOf(useLiveRoomState(plainRoom)).toEqualTypeOf<StateRef<LiveRoomState>>();
      useLiveRoomEvent(room, 'onMusicComplete', (e) => expectTypeOf(e.id).toBeNumber());
      // @ts-expect-error: a LiveRoom without media has no media events
      useLiveRoomEvent(plainRoom, 'onMusicComplete', () => {});
      // The components take either.
      h(LocalVideo, { calling, view: rect });
      h(LivePreview, { room, view: rect });
    });
    scope.stop();
  });

  it('an anchor sets beauty on the preview through useLiveRoom: the device applies it and state.media shows it', async () => {
    const adapter = cloud.adapter('alice');
    const Anchor = defineComponent({
      setup() {
        const room = useLiveRoom({ adapter, login: login('alice'), media: mediaControls });
        const beauty = useLiveRoomState(room, (s) => s.media.beauty);
        return () => [
          h(LivePreview, { room, view: rect }),
          h(
            'button',
            { onClick: () => void room.setBeautyStyle(natural) },
            `${beauty.value.style} ${beauty.value.beauty}`,
          ),
        ];
      },
    });
    const wrapper = mount(Anchor);
    await settle();
    await settle(); // logged in, then the preview's start
    expect(cloud.liveMediaState('alice')?.camera).toBe('front');
    expect(wrapper.text()).toBe('smooth 0');
    await wrapper.get('button').trigger('click');
    await settle();
    expect(cloud.mediaState('alice')?.controls.beauty).toEqual(natural);
    expect(wrapper.text()).toBe('natural 7');
    wrapper.unmount();
    await settle();
    expect(cloud.onlineUsers()).toEqual([]);
  });

  it('useCallEvent hears media events of a CallingWithMedia', async () => {
    const completed: number[] = [];
    const adapter = cloud.adapter('bob');
    const url = 'https://example.com/a.mp3#durationMs=2000';
    const Player = defineComponent({
      setup() {
        const calling = useCalling({ adapter, login: login('bob'), media: mediaControls });
        useCallEvent(calling, 'onMusicComplete', (e) => completed.push(e.id));
        const tracks = useCallState(calling, (s) => s.media.music.length);
        return () =>
          h('button', { onClick: () => void calling.startPlayMusic({ id: 7, url }) }, tracks.value);
      },
    });
    const wrapper = mount(Player);
    await settle();
    await wrapper.get('button').trigger('click');
    await settle();
    expect(wrapper.text()).toBe('1');
    await cloud.advance(3000);
    await nextTick();
    expect(completed).toEqual([7]);
    expect(wrapper.text()).toBe('0');
    wrapper.unmount();
  });
});
