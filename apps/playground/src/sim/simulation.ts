import type { DeviceInfo, DeviceKind } from '@trtc-smart/core/media';
import type { LinkConfig, SimCommand, SimCommandInput } from '@trtc-smart/testkit';
import { applyCloudCommand, createFakeCloud, type FakeCloud, type JsonValue } from '@trtc-smart/testkit';
import type { RunOptions } from '../trace/format.js';
import type { SimParty } from './party.js';
import { type PartyFactory, partyKinds } from './party-kinds.js';

/** Any non-empty userSig logs in on a fake cloud without a SecretKey. */
const FAKE_USERSIG = 'playground';

/** The fake cloud and the users on it. Every change goes through `apply`, which records it for replay. */
export interface Simulation {
  readonly options: RunOptions;
  readonly cloud: FakeCloud;
  parties(): readonly SimParty[];
  party(id: string): SimParty | undefined;
  addUser(id: string, kind?: string): SimParty;
  removeUser(id: string): Promise<void>;
  /** Calls an SDK method on a user; a rejected call is logged on the card, not thrown. */
  invoke(user: string, method: string, params?: JsonValue): Promise<void>;
  configure(settings: Partial<LinkConfig>, target: string | null): void;
  partition(target: string, on: boolean): void;
  setOnline(target: string, online: boolean): void;
  /** The target's link (null: everyone's) goes down for `ms`, then comes back (cloud.blip). */
  blip(target: string | null, ms: number): void;
  isPartitioned(target: string): boolean;
  isOffline(target: string): boolean;
  /** Plugs a fake camera, microphone or speaker into the target's device (cloud.plugDevice). */
  plugDevice(target: string, kind: DeviceKind, device: DeviceInfo): void;
  /** Unplugs one; the SDK falls back to the default if it was in use (cloud.unplugDevice). */
  unplugDevice(target: string, kind: DeviceKind, deviceId: string): void;
  /** Everything done so far, in order, with virtual times. */
  commands(): readonly SimCommand[];
  /** Runs a recorded command now (replay schedules these on the virtual clock). */
  apply(command: SimCommandInput): Promise<void>;
  dispose(): Promise<void>;
}

export function createSimulation(
  options: RunOptions,
  kinds: Readonly<Record<string, PartyFactory>> = partyKinds,
): Simulation {
  const cloud = createFakeCloud({
    seed: options.seed,
    latencyMs: options.latencyMs,
    jitterMs: options.jitterMs,
  });
  const parties = new Map<string, SimParty>();
  const recorded: SimCommand[] = [];
  const partitioned = new Set<string>();
  const offline = new Set<string>();

  const apply = async (command: SimCommandInput): Promise<void> => {
    recorded.push({ t: cloud.clock.now(), ...command } as SimCommand);
    switch (command.op) {
      case 'addUser': {
        const make = kinds[command.kind];
        if (!make) throw new Error(`unknown user kind ${command.kind}`);
        if (parties.has(command.user)) throw new Error(`${command.user} is already on the stage`);
        parties.set(command.user, make(cloud, command.user, FAKE_USERSIG));
        return;
      }
      case 'removeUser': {
        const party = parties.get(command.user);
        parties.delete(command.user);
        await party?.dispose().catch(() => undefined);
        return;
      }
      case 'invoke': {
        const party = parties.get(command.user);
        // Failures are part of the story (INVALID_STATE, NETWORK_TIMEOUT): the card logs them.
        await party?.call(command.method, command.params).catch(() => undefined);
        return;
      }
      case 'partition':
      case 'heal':
        if (command.op === 'partition') partitioned.add(command.target);
        else partitioned.delete(command.target);
        break;
      case 'setOnline':
        if (command.online) offline.delete(command.target);
        else offline.add(command.target);
        break;
    }
    applyCloudCommand(cloud, command);
  };

  return {
    options,
    cloud,
    parties: () => [...parties.values()],
    party: (id) => parties.get(id),
    addUser(id, kind = 'calling') {
      if (!kinds[kind]) throw new Error(`unknown user kind ${kind}`);
      if (parties.has(id)) throw new Error(`${id} is already on the stage`);
      void apply({ op: 'addUser', user: id, kind });
      const party = parties.get(id);
      if (!party) throw new Error(`could not add ${id}`);
      return party;
    },
    removeUser: (id) => apply({ op: 'removeUser', user: id }),
    invoke: (user, method, params = null) => apply({ op: 'invoke', user, method, params }),
    configure: (settings, target) => void apply({ op: 'configure', settings, target }),
    partition: (target, on) => void apply({ op: on ? 'partition' : 'heal', target }),
    setOnline: (target, online) => void apply({ op: 'setOnline', target, online }),
    blip: (target, ms) => {
      for (const user of target === null ? [...parties.keys()] : [target])
        void apply({ op: 'blip', target: user, ms });
    },
    plugDevice: (target, kind, device) => void apply({ op: 'plugDevice', target, kind, device }),
    unplugDevice: (target, kind, deviceId) => void apply({ op: 'unplugDevice', target, kind, deviceId }),
    isPartitioned: (target) => partitioned.has(target),
    isOffline: (target) => offline.has(target),
    commands: () => recorded,
    apply,
    async dispose() {
      await Promise.allSettled([...parties.values()].map((p) => p.dispose()));
      parties.clear();
    },
  };
}
