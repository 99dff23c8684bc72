import { type AnyLiveRoom, useLiveRoomEvent } from '@trtc-smart/vue';
import { defineComponent, h, type PropType, ref } from 'vue';

/** The room's text messages (barrage) since this user entered, and a box to send one. */
export const Barrage = defineComponent({
  props: { room: { type: Object as PropType<AnyLiveRoom>, required: true } },
  setup(props) {
    const lines = ref<string[]>([]);
    const draft = ref('');
    useLiveRoomEvent(props.room, 'onRecvRoomTextMsg', (e) => {
      lines.value.push(`${e.fromUser.userId}: ${e.message}`);
    });
    const send = async (e: Event) => {
      e.preventDefault();
      const msg = draft.value;
      draft.value = '';
      await props.room.sendRoomTextMsg({ msg });
      lines.value.push(`me: ${msg}`); // the sender gets no echo of its own message
    };
    return () => [
      h(
        'ul',
        { class: 'barrage', 'data-testid': 'barrage' },
        lines.value.map((line) => h('li', line)),
      ),
      h('form', { onSubmit: (e: Event) => void send(e) }, [
        h('input', {
          'aria-label': 'message',
          value: draft.value,
          onInput: (e: Event) => {
            draft.value = (e.target as HTMLInputElement).value;
          },
        }),
        h('button', { type: 'submit', disabled: draft.value === '' }, 'Send'),
      ]),
    ];
  },
});
