import { useLiveRoom, useLiveRoomEvent, useLiveRoomState } from '@trtc-smart/vue';
import { defineComponent, h, type PropType, ref, type VNodeChild, watch } from 'vue';
import { Barrage } from './barrage.js';
import type { User } from './clouds.js';
import { button, header, myTile, playerTile } from './ui.js';

/** A room to watch: its id and its anchor. */
export interface RoomEntry {
  readonly roomId: number;
  readonly anchor: string;
}

/** An audience member: pick a room, watch, send barrage, ask to link mic and co-host. */
export const Audience = defineComponent({
  props: {
    user: { type: Object as PropType<User>, required: true },
    rooms: { type: Array as PropType<readonly RoomEntry[]>, required: true },
  },
  setup({ user, rooms }) {
    const room = useLiveRoom({ adapter: user.adapter });
    const state = useLiveRoomState(room);
    const notice = ref('');
    // Accepted: publish this user's camera (LivePreview shows it) into the room.
    watch(
      () => state.value.status,
      (status) => {
        if (status === 'linked') room.startPublish({ streamId: `${user.userId}_stream` }).catch(console.warn);
      },
    );
    useLiveRoomEvent(room, 'onKickoutJoinAnchor', () => {
      notice.value = 'The anchor ended your link mic';
    });
    useLiveRoomEvent(room, 'onRoomDestroy', () => {
      notice.value = 'The show has ended';
    });
    const ask = () => {
      notice.value = '';
      return room.requestJoinAnchor({ reason: 'can I join?' });
    };
    return () => {
      const s = state.value;
      const card = (...children: VNodeChild[]) =>
        h('section', { class: 'user', 'data-testid': `user-${user.userId}`, 'data-status': s.status }, [
          header(user, s),
          notice.value && h('p', { 'data-testid': 'notice' }, notice.value),
          ...children,
        ]);
      if (s.status === 'loggedOut') return card(button('Log in', () => room.login(user.login)));
      if (s.status === 'outside')
        return card(
          ...rooms.map((r) => button(`Watch ${r.anchor}`, () => room.enterRoom({ roomId: r.roomId }))),
        );
      if (!s.room) return card();
      const anchors = s.room.anchors.filter((a) => a.userId !== user.userId);
      return card(
        h('div', { class: 'tiles' }, [
          ...anchors.map((a) => playerTile(room, user, a.userId)),
          s.status === 'linked' && myTile(room, user),
        ]),
        s.status === 'watching' && button('Ask to link mic', ask),
        s.status === 'requesting' && h('p', 'Waiting for the anchor…'),
        button('Leave', () => room.exitRoom()),
        h(Barrage, { room }),
      );
    };
  },
});
