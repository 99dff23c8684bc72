import {
  type CallingState,
  CallType,
  ErrorCode,
  isTrtcSmartError,
  type LiveRoomState,
} from '@trtc-smart/core';
import { computed, defineComponent, h, type PropType, type Ref, ref, watch } from 'vue';
import {
  type AnyCalling,
  type AnyLiveRoom,
  useCallState,
  useLiveRoomEvent,
  useLiveRoomState,
} from './composables.js';

/** How a video component turns its element into the adapter's view (default: the element itself). */
export type ToView = (element: HTMLDivElement) => unknown;
/** Called when the SDK refuses to start the view (the element stays empty). */
export type OnError = (error: unknown) => void;

/**
 * While `source()` gives an element and true, runs `start(element)`; when that changes or the
 * component unmounts, `stop()`. Starts and stops run one after the other. A failed start goes to
 * `onError`; a failed stop is dropped: it fails only when the call or room already ended, which stopped it.
 */
function viewLifecycle(
  source: () => readonly [HTMLDivElement | null, boolean, ...unknown[]],
  start: (element: HTMLDivElement) => Promise<void>,
  stop: () => Promise<void>,
  onError: () => OnError | undefined,
): void {
  let queue = Promise.resolve();
  watch(
    source,
    ([element, active], _, onCleanup) => {
      if (element === null || !active) return;
      queue = queue.then(() => start(element)).catch((error: unknown) => (onError() ?? console.error)(error));
      onCleanup(() => {
        queue = queue.then(stop).catch(() => {});
      });
    },
    { immediate: true, flush: 'post' },
  );
}

const ACTIVE: ReadonlySet<string> = new Set(['ringing', 'dialing', 'connecting', 'inCall']);
const OUT: ReadonlySet<string> = new Set(['loggedOut', 'loggingIn', 'loggingOut', 'destroyed']);
const cameraWanted = (s: CallingState) => ACTIVE.has(s.status) && s.call?.callType === CallType.VIDEO;
const loggedIn = (s: LiveRoomState) => !OUT.has(s.status);
const elementView: ToView = (element) => element;

const common = {
  /** The adapter's view for the element; the web adapter takes the element itself (the default). */
  view: { type: Function as PropType<ToView>, default: elementView },
  onError: Function as PropType<OnError>,
};

/**
 * This user's camera, opened into this element while a video call rings or runs, closed on unmount.
 * Each video component renders its default slot (a name label, say) inside its element.
 */
export const LocalVideo = defineComponent({
  name: 'LocalVideo',
  props: {
    calling: { type: Object as PropType<AnyCalling<never>>, required: true },
    isFront: { type: Boolean, default: true },
    ...common,
  },
  setup(props, { slots }) {
    const el: Ref<HTMLDivElement | null> = ref(null);
    const calling = props.calling as AnyCalling;
    const active = useCallState(calling, cameraWanted);
    viewLifecycle(
      () => [el.value, active.value] as const,
      (element) => calling.openCamera({ isFront: props.isFront, view: props.view(element) }),
      () => calling.closeCamera(),
      () => props.onError,
    );
    return () => h('div', { ref: el }, slots.default?.());
  },
});

/** `userId`'s video, rendered into this element once they joined, stopped on unmount. */
export const RemoteVideo = defineComponent({
  name: 'RemoteVideo',
  props: {
    calling: { type: Object as PropType<AnyCalling<never>>, required: true },
    userId: { type: String, required: true },
    ...common,
  },
  setup(props, { slots }) {
    const el: Ref<HTMLDivElement | null> = ref(null);
    const calling = props.calling as AnyCalling;
    const state = useCallState(calling);
    // A computed changes only when its value does, so other state changes restart nothing.
    const joined = computed(
      () =>
        ACTIVE.has(state.value.status) && state.value.call?.participants[props.userId]?.status === 'joined',
    );
    viewLifecycle(
      () => [el.value, joined.value, props.userId] as const,
      (element) => calling.startRemoteView({ userId: props.userId, view: props.view(element) }),
      () => calling.stopRemoteView({ userId: props.userId }),
      () => props.onError,
    );
    return () => h('div', { ref: el }, slots.default?.());
  },
});

/** This user's camera preview while logged in, stopped on unmount. */
export const LivePreview = defineComponent({
  name: 'LivePreview',
  props: {
    room: { type: Object as PropType<AnyLiveRoom<never>>, required: true },
    isFront: { type: Boolean, default: true },
    ...common,
  },
  setup(props, { slots }) {
    const el: Ref<HTMLDivElement | null> = ref(null);
    const room = props.room as AnyLiveRoom;
    const active = useLiveRoomState(room, loggedIn);
    viewLifecycle(
      () => [el.value, active.value] as const,
      (element) => room.startCameraPreview({ isFront: props.isFront, view: props.view(element) }),
      () => room.stopCameraPreview(),
      () => props.onError,
    );
    return () => h('div', { ref: el }, slots.default?.());
  },
});

/**
 * `userId`'s stream in the current room, stopped on unmount or when the room is left. A stream not
 * there yet (a PK partner's, from the other room) is played when its onAnchorEnter comes.
 */
export const LivePlayer = defineComponent({
  name: 'LivePlayer',
  props: {
    room: { type: Object as PropType<AnyLiveRoom<never>>, required: true },
    userId: { type: String, required: true },
    ...common,
  },
  setup(props, { slots }) {
    const el: Ref<HTMLDivElement | null> = ref(null);
    const room = props.room as AnyLiveRoom;
    const roomId = useLiveRoomState(room, (s) => s.room?.roomId ?? null);
    // Counts the tries: a NOT_FOUND start waits for the user's onAnchorEnter (or saw it already
    // while the start was under way) and starts again.
    const tries = ref(0);
    let missing = false;
    let entered = false;
    useLiveRoomEvent(room, 'onAnchorEnter', (e) => {
      if (e.userId !== props.userId) return;
      entered = true;
      if (missing) tries.value++;
    });
    viewLifecycle(
      () => [el.value, roomId.value !== null, roomId.value, props.userId, tries.value] as const,
      (element) => {
        missing = entered = false;
        return room.startPlay({ userId: props.userId, view: props.view(element) });
      },
      () => room.stopPlay({ userId: props.userId }),
      () => (error) => {
        if (!isTrtcSmartError(error) || error.code !== ErrorCode.NOT_FOUND)
          (props.onError ?? console.error)(error);
        else if (entered) tries.value++;
        else missing = true;
      },
    );
    return () => h('div', { ref: el }, slots.default?.());
  },
});
