import { type CallingWorld, createFakeCloud, type FakeCloud, type WorldOptions } from '@trtc-smart/testkit';
import { type CapacitorAdapter, createCapacitorAdapter, type PluginView } from '../src/index.js';
import { PluginDouble } from './plugin-double.js';

/** A world whose users run createCapacitorAdapter on a checked plugin double over one fake cloud. */
export interface CapacitorWorld extends CallingWorld<PluginView> {
  readonly cloud: FakeCloud;
  adapter(userId: string): CapacitorAdapter;
  /** Every plugin double made in this world. */
  readonly doubles: PluginDouble[];
}

/** The conformance scenarios' Capacitor harness (native platform: views are rects). */
export const capacitorHarness = {
  name: 'adapter-capacitor on a checked plugin double',
  /** The worlds built, so a test can read their doubles' violations after a scenario. */
  worlds: [] as CapacitorWorld[],
  world(options: WorldOptions = {}): CapacitorWorld {
    const cloud = createFakeCloud(options);
    const doubles: PluginDouble[] = [];
    const world: CapacitorWorld = {
      cloud,
      doubles,
      sdkAppId: cloud.options.sdkAppId,
      adapter: (userId) => {
        const device = cloud.adapter(userId);
        const double = new PluginDouble(device);
        doubles.push(double);
        return createCapacitorAdapter({
          plugin: double.asPlugin(),
          platform: 'native',
          clock: device.clock,
          random: device.random,
        });
      },
      userSig: async (userId) => `dev-sig-${userId}`,
      view: () => ({ x: 0, y: 0, w: 320, h: 240 }),
    };
    capacitorHarness.worlds.push(world);
    return world;
  },
};

/** Every contract breach any double saw since the last call, emptying the record. */
export function takeViolations(): string[] {
  const worlds = capacitorHarness.worlds.splice(0);
  return worlds.flatMap((world) => world.doubles.flatMap((double) => double.violations));
}
