import type { CallingAdapter, LiveRoomAdapter } from '@trtc-smart/core';

/** What the scenarios need of a simulated world: virtual time, faults and a view of the cloud. */
export interface SimCloud {
  advance(ms: number): Promise<void>;
  settle(): Promise<void>;
  readonly clock: { now(): number };
  readonly network: {
    partition(userId: string): void;
    heal(userId: string): void;
    configure(
      config: { latencyMs?: number; jitterMs?: number; loss?: number; duplicate?: number },
      userId?: string,
    ): void;
  };
  roomMembers(roomId: number): readonly string[];
  exportTrace(): string;
}

export interface WorldOptions {
  readonly seed?: number;
  readonly latencyMs?: number;
  readonly jitterMs?: number;
  /** Record the cloud's trace (default true); a crowd of thousands turns it off. */
  readonly trace?: boolean;
}

/** One run's world: a fake cloud and the adapter under test reaching it. */
export interface World<Adapter, View = unknown> {
  readonly cloud: SimCloud;
  readonly sdkAppId: number;
  adapter(userId: string): Adapter;
  userSig(userId: string): Promise<string>;
  /** A view this adapter accepts (a rect on native, an element id on the web). */
  view(userId: string): View;
}

export type CallingWorld<View = unknown> = World<CallingAdapter<View>, View>;
export type LiveRoomWorld<View = unknown> = World<LiveRoomAdapter<View>, View>;

/** How an adapter is put under the conformance scenarios. */
export interface CallingHarness<View = unknown> {
  readonly name: string;
  world(options?: WorldOptions): CallingWorld<View>;
}

/** How an adapter is put under the live-room conformance scenarios. */
export interface LiveRoomHarness<View = unknown> {
  readonly name: string;
  world(options?: WorldOptions): LiveRoomWorld<View>;
}

export interface Scenario<H> {
  readonly name: string;
  run(harness: H): Promise<void>;
}
