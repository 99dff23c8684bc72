import { applyCloudCommand, type LinkConfig, type SimCommandInput } from '../../src/index.js';
import type { FaultContext, FaultSpec } from './fault-spec.js';
import { mediaFaults } from './media-faults.js';
import { type CommandInput, USER_SIG } from './world.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Blips and sleeps of up to 40 s, mostly short (amount²): most within the calls' 30 s reconnect
 * grace (and the cloud's 8 s media timeout), some beyond it.
 */
const outageMs = (f: FaultContext) => Math.round(f.step.amount * f.step.amount * 40_000);

/** Runs a saved-run command on the cloud and returns it for the saved run. */
function run<C extends CommandInput>(f: FaultContext, command: C): C {
  applyCloudCommand(f.cloud, command as SimCommandInput);
  return command;
}

/** The link settings of one user (`flag`) or of everyone. */
function configure(f: FaultContext, settings: Partial<LinkConfig>): CommandInput {
  const target = f.step.flag ? f.self : null;
  f.cloud.network.configure(settings, target ?? undefined);
  return { op: 'configure', settings, target };
}

export const faults: Readonly<Record<string, FaultSpec>> = {
  loss: { weight: 2, apply: (f) => configure(f, { loss: round2(f.step.amount * 0.4) }) },
  latency: {
    weight: 2,
    apply: (f) =>
      configure(f, { latencyMs: Math.round(f.step.amount * 300), jitterMs: Math.round(f.step.amount * 150) }),
  },
  duplicate: { weight: 1, apply: (f) => configure(f, { duplicate: round2(f.step.amount * 0.5) }) },
  partition: {
    weight: 2,
    apply: (f) => {
      f.cloud.network.partition(f.self);
      return { op: 'partition', target: f.self };
    },
  },
  heal: {
    weight: 2,
    apply: (f) => {
      f.cloud.network.heal(f.self);
      return { op: 'heal', target: f.self };
    },
  },
  offline: {
    weight: 1,
    apply: (f) => {
      f.cloud.setOnline(f.self, false);
      return { op: 'setOnline', target: f.self, online: false };
    },
  },
  online: {
    weight: 1,
    apply: (f) => {
      f.cloud.setOnline(f.self, true);
      return { op: 'setOnline', target: f.self, online: true };
    },
  },
  /** The same user logs in on a second device: the SDK's session is kicked offline. */
  kick: {
    weight: 1,
    apply: (f) => {
      const device = f.cloud.adapter(f.self);
      const params = { sdkAppId: f.cloud.options.sdkAppId, userId: f.self, userSig: USER_SIG };
      device.session.login(params).catch(() => undefined);
      return { op: 'fault', fault: 'kick', payload: { user: f.self } };
    },
  },
  /** The link goes down and comes back by itself, with the SDKs' reconnect events. */
  blip: { weight: 2, apply: (f) => run(f, { op: 'blip', target: f.self, ms: outageMs(f) }) },
  /** A background tab: the device's timers stop and what reaches it waits. */
  sleep: { weight: 1, apply: (f) => run(f, { op: 'sleep', target: f.device, ms: outageMs(f) }) },
  /** The device's wall clock runs up to 5 min ahead or behind (TIMSDK #807: invitations under skew). */
  clockSkew: {
    weight: 1,
    apply: (f) =>
      run(f, { op: 'setClockOffset', target: f.device, ms: Math.round((f.step.amount * 2 - 1) * 300_000) }),
  },
  /** The server removes the device from its TRTC room (REST RemoveUser), heard at once or on reconnecting. */
  removeFromRoom: { weight: 1, apply: (f) => run(f, { op: 'removeFromRoom', target: f.device }) },
  /** The IM userSig expires now: users with a userSigProvider renew it, the others are logged out. */
  sigExpiry: { weight: 1, apply: (f) => run(f, { op: 'expireUserSig', target: f.device }) },
  cut: {
    weight: 1,
    apply: (f) => {
      f.cloud.network.cut(f.self, f.other);
      return { op: 'fault', fault: 'cut', payload: { a: f.self, b: f.other } };
    },
  },
  ...mediaFaults,
};
