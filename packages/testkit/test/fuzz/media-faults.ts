import type { DeviceKind } from '@trtc-smart/core/media';
import { applyCloudCommand, type SimCommandInput } from '../../src/index.js';
import type { FaultContext, FaultSpec } from './fault-spec.js';
import { PLUGGABLE, pluggedId } from './media-methods.js';
import type { CommandInput } from './world.js';

const KINDS: readonly DeviceKind[] = ['camera', 'microphone', 'speaker'];
const kindOf = (f: FaultContext): DeviceKind => KINDS[f.step.target % KINDS.length] as DeviceKind;

/** Of the actor's devices (not its user: a multi-terminal user's second device has its own). */
function run(f: FaultContext, command: SimCommandInput): CommandInput {
  applyCloudCommand(f.cloud, command);
  return command;
}

/**
 * The media controls' faults: devices plugged and unplugged under the user (the one in use too, the
 * default too: a device may end with no camera), and the browser's own "stop sharing".
 * Nothing to heal: a device unplugged stays so, and the world must hold with it.
 */
export const mediaFaults: Readonly<Record<string, FaultSpec>> = {
  plugDevice: {
    weight: 1,
    apply: (f) => {
      const kind = kindOf(f);
      const n = Math.floor(f.step.amount * (PLUGGABLE + 1));
      // n === PLUGGABLE: the default again, if it was unplugged.
      const deviceId = n === PLUGGABLE ? `default-${kind}` : pluggedId(kind, n);
      return run(f, { op: 'plugDevice', target: f.device, kind, device: { deviceId, label: deviceId } });
    },
  },
  /** `flag`: the device in use (the default unless the user switched); else one of the plugged ones. */
  unplugDevice: {
    weight: 1,
    apply: (f) => {
      const kind = kindOf(f);
      const current = f.cloud.mediaState(f.device)?.controls.devices[kind].current ?? null;
      const deviceId =
        f.step.flag && current !== null ? current : pluggedId(kind, Math.floor(f.step.amount * PLUGGABLE));
      return run(f, { op: 'unplugDevice', target: f.device, kind, deviceId });
    },
  },
  /** The user ends the share from the browser's bar (nothing happens if none is on). */
  endScreenShare: {
    weight: 1,
    apply: (f) => {
      f.cloud.endScreenShare(f.device);
      return { op: 'fault', fault: 'endScreenShare', payload: { target: f.device } };
    },
  },
};
