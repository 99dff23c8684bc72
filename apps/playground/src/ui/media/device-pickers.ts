import type { DeviceKind } from '@trtc-smart/core/media';
import { DEVICE_KINDS } from '../../sim/party-media.js';
import { h } from '../dom.js';
import type { PanelContext, PanelPart } from './panel-part.js';

const SETTERS = {
  camera: 'setCurrentCamera',
  microphone: 'setCurrentMicrophone',
  speaker: 'setCurrentSpeaker',
} as const satisfies Record<DeviceKind, string>;

/**
 * A picker per device kind (setCurrentCamera and the others), with plug and unplug buttons on the
 * fake cloud, and the SDK's word when the device in use was unplugged and it fell back.
 */
export function devicePickers(ctx: PanelContext): PanelPart {
  const { id, media, invoke, plug, unplug } = ctx;
  let plugged = 0;
  const notice = h('p', { class: 'device-notice', 'data-testid': `device-notice-${id}`, role: 'status' });
  const rows = DEVICE_KINDS.map((kind) => {
    const select = h('select', {
      'data-testid': `device-${id}-${kind}`,
      onchange: () => invoke(SETTERS[kind], { deviceId: select.value }),
    });
    const buttons =
      plug && unplug
        ? [
            h(
              'button',
              {
                'data-testid': `plug-${id}-${kind}`,
                title: `plug a USB ${kind} into ${id}'s device (fake cloud)`,
                onclick: () => {
                  plugged++;
                  plug(kind, { deviceId: `usb-${kind}-${plugged}`, label: `USB ${kind} ${plugged}` });
                },
              },
              'plug',
            ),
            h(
              'button',
              {
                'data-testid': `unplug-${id}-${kind}`,
                title: `unplug the ${kind} chosen here`,
                onclick: () => select.value && unplug(kind, select.value),
              },
              'unplug',
            ),
          ]
        : [];
    const row = h(
      'div',
      { class: 'device-row' },
      h('span', { class: 'device-kind' }, kind),
      select,
      ...buttons,
    );
    return { kind, select, row };
  });
  const el = h(
    'fieldset',
    { class: 'media-part devices' },
    h('legend', {}, 'devices'),
    ...rows.map((r) => r.row),
    notice,
  );
  return {
    el,
    update() {
      for (const { kind, select } of rows) {
        const list = media.devices(kind);
        const shown = [...select.options].map((o) => `${o.value}=${o.text}`).join();
        if (shown !== list.map((d) => `${d.deviceId}=${d.label}`).join()) {
          select.replaceChildren(...list.map((d) => h('option', { value: d.deviceId }, d.label)));
        }
        // null in state: the platform's default, the list's first.
        const current = media.state().devices[kind] ?? list[0]?.deviceId ?? '';
        if (document.activeElement !== select) select.value = current;
        select.dataset.current = current;
      }
      notice.textContent = media.notice();
    },
  };
}
