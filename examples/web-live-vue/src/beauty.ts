import type { BeautyStyle, LiveRoomWithMedia } from '@trtc-smart/core/media';
import { h, type VNode } from 'vue';

const LEVELS = ['beauty', 'whiteness', 'ruddiness'] as const;
const picked = (e: Event) => (e.target as HTMLInputElement).value;

/** The camera's beauty (state.media.beauty): smooth or natural skin, and three levels 0-9 (all 0 = off). */
export function beautyPanel(room: LiveRoomWithMedia<unknown>, beauty: BeautyStyle): VNode {
  const set = (change: Partial<BeautyStyle>) =>
    void room.setBeautyStyle({ ...beauty, ...change }).catch(console.warn);
  return h('fieldset', { class: 'beauty', 'data-beauty': Object.values(beauty).join(' ') }, [
    h('legend', 'Beauty'),
    h(
      'select',
      {
        'aria-label': 'style',
        value: beauty.style,
        onChange: (e: Event) => set({ style: picked(e) as BeautyStyle['style'] }),
      },
      [h('option', 'smooth'), h('option', 'natural')],
    ),
    ...LEVELS.map((level) =>
      h('label', [
        level,
        h('input', {
          type: 'range',
          min: 0,
          max: 9,
          value: beauty[level],
          onChange: (e: Event) => set({ [level]: Number(picked(e)) }),
        }),
      ]),
    ),
  ]);
}
