import type { DeviceInfo, DeviceKind } from '@trtc-smart/core/media';
import type { JsonValue } from './cloud/trace.js';
import type { FakeCloud } from './create-fake-cloud.js';
import type { LinkConfig } from './network/link-config.js';

/**
 * One thing done to a simulation at a virtual time: replaying the list from the seed rebuilds the
 * run. The playground saves and loads runs in this form, and the fault harness writes its failing
 * worlds in it, so the two cannot drift apart.
 */
export type SimCommand =
  | { readonly t: number; readonly op: 'addUser'; readonly user: string; readonly kind: string }
  | { readonly t: number; readonly op: 'removeUser'; readonly user: string }
  | {
      readonly t: number;
      readonly op: 'invoke';
      readonly user: string;
      readonly method: string;
      readonly params: JsonValue;
    }
  | {
      readonly t: number;
      readonly op: 'configure';
      readonly settings: Partial<LinkConfig>;
      readonly target: string | null;
    }
  | { readonly t: number; readonly op: 'partition' | 'heal'; readonly target: string }
  | { readonly t: number; readonly op: 'setOnline'; readonly target: string; readonly online: boolean }
  /** cloud.blip (link down `ms`, then up) and cloud.sleep (tab asleep for `ms`). */
  | { readonly t: number; readonly op: 'blip' | 'sleep'; readonly target: string; readonly ms: number }
  /** cloud.setClockOffset: the device's wall clock runs `ms` ahead (negative: behind). */
  | { readonly t: number; readonly op: 'setClockOffset'; readonly target: string; readonly ms: number }
  /** cloud.removeFromRoom: the server removes the device from its TRTC room. */
  | { readonly t: number; readonly op: 'removeFromRoom'; readonly target: string }
  /** cloud.expireUserSig: the device's IM userSig expires now. */
  | { readonly t: number; readonly op: 'expireUserSig'; readonly target: string }
  /** cloud.plugDevice: a camera, microphone or speaker is plugged into the device. */
  | {
      readonly t: number;
      readonly op: 'plugDevice';
      readonly target: string;
      readonly kind: DeviceKind;
      readonly device: DeviceInfo;
    }
  /** cloud.unplugDevice: one is unplugged (the one in use falls back to the default). */
  | {
      readonly t: number;
      readonly op: 'unplugDevice';
      readonly target: string;
      readonly kind: DeviceKind;
      readonly deviceId: string;
    };

/** Every op of SimCommand, for readers of saved runs. */
export const SIM_OPS: readonly SimCommand['op'][] = [
  'addUser',
  'removeUser',
  'invoke',
  'configure',
  'partition',
  'heal',
  'setOnline',
  'blip',
  'sleep',
  'setClockOffset',
  'removeFromRoom',
  'expireUserSig',
  'plugDevice',
  'unplugDevice',
];

/** Runs a fault command on the cloud (the ops that touch only the cloud, not the users). */
export function applyCloudCommand(cloud: FakeCloud, command: SimCommandInput): boolean {
  switch (command.op) {
    case 'configure':
      cloud.network.configure(command.settings, command.target ?? undefined);
      return true;
    case 'partition':
      cloud.network.partition(command.target);
      return true;
    case 'heal':
      cloud.network.heal(command.target);
      return true;
    case 'setOnline':
      cloud.setOnline(command.target, command.online);
      return true;
    case 'blip':
      cloud.blip(command.target, command.ms);
      return true;
    case 'sleep':
      cloud.sleep(command.target, command.ms);
      return true;
    case 'setClockOffset':
      cloud.setClockOffset(command.target, command.ms);
      return true;
    case 'removeFromRoom':
      cloud.removeFromRoom(command.target);
      return true;
    case 'expireUserSig':
      cloud.expireUserSig(command.target);
      return true;
    case 'plugDevice':
      cloud.plugDevice(command.target, command.kind, command.device);
      return true;
    case 'unplugDevice':
      cloud.unplugDevice(command.target, command.kind, command.deviceId);
      return true;
    default:
      return false;
  }
}

/** A {@link SimCommand} before it is given its virtual time (`t` omitted from each member of the union). */
export type SimCommandInput = SimCommand extends infer C ? (C extends unknown ? Omit<C, 't'> : never) : never;
