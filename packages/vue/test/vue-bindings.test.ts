// @vitest-environment happy-dom
import { type Calling, CallType, createCalling, createLiveRoom, type Rect } from '@trtc-smart/core';
import { createFakeCloud, type FakeCloud } from '@trtc-smart/testkit';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, effectScope, h, nextTick, ref } from 'vue';
import { type Counts, countingAdapter, liveSubscriptions } from '../../react/test/counting.js';
import {
  LivePlayer,
  LivePreview,
  LocalVideo,
  RemoteVideo,
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
/** Runs virtual time until the cloud is quiet, then lets Vue patch. */
async function settle(): Promise<void> {
  await cloud.settle();
  await nextTick();
}
async function run<T>(work: Promise<T>): Promise<T> {
  await settle();
  return work;
}
async function calling(userId: string): Promise<Calling<Rect>> {
  const c = createCalling({ adapter: cloud.adapter(userId) });
  await run(c.login(login(userId)));
  return c;
}

beforeEach(() => {
  cloud = createFakeCloud({ seed: 17 });
});

describe('useCalling, useCallState, useCallEvent', () => {
  it('a component: one instance logged in once, state as a readonly ref, typed events; unmount destroys it and unsubscribes everything', async () => {
    const counts: Counts = {};
    const adapter = countingAdapter(cloud.adapter('bob'), counts);
    const invited: string[] = [];
    let renders = 0;
    const Phone = defineComponent({
      setup() {
        const bob = useCalling({ adapter, login: login('bob') });
        const status = useCallState(bob, (s) => s.status);
        const inCall = useCallState(bob, (s) => s.status === 'inCall');
        useCallEvent(bob, 'onInvited', (e) => invited.push(`${e.sponsor}:${e.callType}`));
        return () => {
          renders++;
          return h('button', { onClick: () => void bob.accept() }, `${status.value}/${inCall.value}`);
        };
      },
    });
    const wrapper = mount(Phone);
    await settle();
    expect(wrapper.text()).toBe('idle/false');
    expect(counts.logins).toBe(1);
    const alice = await calling('alice');
    await run(alice.call({ userId: 'bob', type: CallType.VIDEO }));
    expect(invited).toEqual([`alice:${CallType.VIDEO}`]);
    expect(wrapper.text()).toBe('ringing/false');
    await wrapper.get('button').trigger('click');
    await settle();
    expect(wrapper.text()).toBe('inCall/true');
    const before = renders;
    await run(alice.setMicMute({ isMute: true })); // bob's state: unchanged picks, no render
    expect(renders).toBe(before);
    wrapper.unmount();
    await settle();
    expect(liveSubscriptions(counts)).toBe(0);
    expect(alice.getSnapshot().status).toBe('idle');
    expect(cloud.onlineUsers()).toEqual(['alice']);
  });

  it('the state ref is readonly', async () => {
    const alice = await calling('alice');
    const scope = effectScope();
    const state = scope.run(() => useCallState(alice));
    expect(state?.value.status).toBe('idle');
    (state as unknown as { value: unknown }).value = null;
    expect(state?.value.status).toBe('idle');
    scope.stop();
  });

  it('in a bare effect scope: stopping it destroys the instance; a login failure goes to onError', async () => {
    const errors: unknown[] = [];
    const scope = effectScope();
    const c = scope.run(() =>
      useCalling({
        adapter: cloud.adapter('x'),
        login: { sdkAppId: cloud.options.sdkAppId, userId: '', userSig: 'dev' },
        onError: (e) => errors.push(e),
      }),
    );
    await settle();
    expect(errors).toHaveLength(1);
    scope.stop();
    await settle();
    expect(c?.getSnapshot().status).toBe('destroyed');
  });
});

describe('components', () => {
  it('LocalVideo and RemoteVideo open the camera and render the peer once joined; unmounting stops both', async () => {
    const alice = await calling('alice');
    const bob = await calling('bob');
    const show = ref(true);
    const Tiles = defineComponent({
      setup: () => () =>
        show.value
          ? [
              h(LocalVideo, { calling: alice, view: rect }),
              h(RemoteVideo, { calling: alice, userId: 'bob', view: rect }),
            ]
          : null,
    });
    mount(Tiles);
    await run(alice.call({ userId: 'bob', type: CallType.VIDEO }));
    expect(cloud.mediaState('alice')?.camera).toBe('front');
    expect(cloud.mediaState('alice')?.remoteViews).toEqual({});
    await run(bob.accept());
    expect(Object.keys(cloud.mediaState('alice')?.remoteViews ?? {})).toEqual(['bob']);
    show.value = false;
    await settle();
    expect(cloud.mediaState('alice')?.camera).toBe('off');
    expect(cloud.mediaState('alice')?.remoteViews).toEqual({});
  });

  it('a start the SDK refuses goes to onError', async () => {
    const alice = await calling('alice');
    await calling('bob');
    await run(alice.call({ userId: 'bob', type: CallType.VIDEO }));
    const errors: unknown[] = [];
    mount(LocalVideo, {
      props: { calling: alice, view: () => ({ x: -1 }), onError: (e: unknown) => errors.push(e) },
    });
    await settle();
    expect(String(errors[0])).toMatch(/view/);
  });

  it('live room: anchor preview, viewer watches through LivePlayer and gets barrage; unmount leaves the room', async () => {
    const anchor = createLiveRoom({ adapter: cloud.adapter('anchor') });
    await run(anchor.login(login('anchor')));
    const preview = mount(LivePreview, { props: { room: anchor, view: rect } });
    await settle();
    expect(cloud.liveMediaState('anchor')?.camera).toBe('front');
    await run(anchor.createRoom({ roomId: 42, roomName: 'r', coverUrl: '' }));
    await run(anchor.startPublish({ streamId: 's42' }));

    const counts: Counts = {};
    const adapter = countingAdapter(cloud.adapter('viewer'), counts);
    const messages: string[] = [];
    const Viewer = defineComponent({
      setup() {
        const room = useLiveRoom({ adapter, login: login('viewer') });
        const status = useLiveRoomState(room, (s) => s.status);
        useLiveRoomEvent(room, 'onRecvRoomTextMsg', (e) =>
          messages.push(`${e.fromUser.userId}: ${e.message}`),
        );
        return () =>
          status.value === 'watching'
            ? h(LivePlayer, { room, userId: 'anchor', view: rect })
            : h('button', { onClick: () => void room.enterRoom({ roomId: 42 }) }, status.value);
      },
    });
    const viewer = mount(Viewer);
    await settle();
    await viewer.get('button').trigger('click');
    await settle();
    expect(Object.keys(cloud.liveMediaState('viewer')?.plays ?? {})).toEqual(['anchor']);
    await run(anchor.sendRoomTextMsg({ msg: 'hello' }));
    expect(messages).toEqual(['anchor: hello']);
    viewer.unmount();
    await settle();
    expect(liveSubscriptions(counts)).toBe(0);
    expect(cloud.liveRoomMembers(42)).toEqual(['anchor']);
    preview.unmount();
    await settle();
    expect(cloud.liveMediaState('anchor')?.camera).toBe('off');
  });
});
