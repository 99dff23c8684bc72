import type { CallingAdapter, LiveRoomAdapter } from '@trtc-smart/core';

/** What the scenarios need of a simulated world: virtual time, faults and a view of the cloud. */
export interface SimCloud {
  /** Fires every timer due within `ms` of virtual time. */
  advance(ms: number): Promise<void>;
  /** Runs until no message is in flight. */
  settle(): Promise<void>;
  readonly clock: {
    /** The virtual time, ms. */
    now(): number;
  };
  readonly network: {
    /** Cuts a user off the network. */
    partition(userId: string): void;
    /** Reconnects a partitioned user. */
    heal(userId: string): void;
    /** Sets latency, jitter, loss or duplicates, for one user or all. */
    configure(
      config: { latencyMs?: number; jitterMs?: number; loss?: number; duplicate?: number },
      userId?: string,
    ): void;
  };
  /** The users in a TRTC room. */
  roomMembers(roomId: number): readonly string[];
  /** The run's trace as JSON. */
  exportTrace(): string;
}

/** How a harness builds a world: seed, latency, jitter, trace. */
export interface WorldOptions {
  readonly seed?: number;
  readonly latencyMs?: number;
  readonly jitterMs?: number;
  /** Record the cloud's trace (default true); a crowd of thousands turns it off. */
  readonly trace?: boolean;
}

/** One run's world: a fake cloud and the adapter under test reaching it. */
export interface World<Adapter, View = unknown> {
  /** The fake cloud every party reaches, in virtual time. */
  readonly cloud: SimCloud;
  /** The SDKAppID the parties log in with. */
  readonly sdkAppId: number;
  /** A new adapter for one user's device. */
  adapter(userId: string): Adapter;
  /** A UserSig the fake cloud accepts for this user. */
  userSig(userId: string): Promise<string>;
  /** A view this adapter accepts (a rect on native, an element id on the web). */
  view(userId: string): View;
}

/** A world for the calling scenarios. */
export type CallingWorld<View = unknown> = World<CallingAdapter<View>, View>;
/** A world for the live-room scenarios. */
export type LiveRoomWorld<View = unknown> = World<LiveRoomAdapter<View>, View>;

/** How an adapter is put under the conformance scenarios. */
export interface CallingHarness<View = unknown> {
  readonly name: string;
  /** A new world for one scenario run. */
  world(options?: WorldOptions): CallingWorld<View>;
}

/** How an adapter is put under the live-room conformance scenarios. */
export interface LiveRoomHarness<View = unknown> {
  readonly name: string;
  /** A new world for one scenario run. */
  world(options?: WorldOptions): LiveRoomWorld<View>;
}

/** One conformance scenario: a name and a run against a harness. */
export interface Scenario<H> {
  readonly name: string;
  /** Runs the scenario; rejects with a ConformanceError when the adapter misbehaves. */
  run(harness: H): Promise<void>;
}
