import { describe, expectTypeOf, it } from 'vitest';
import type {
  ActiveCall,
  CallingState,
  CallStatus,
  LiveRoomState,
  LiveRoomStatus,
  LiveRoomView,
} from '../src/index.js';

/** Type tests: `pnpm typecheck` checks these; at run time they only have to load. */

describe('CallingState narrows on status', () => {
  it('has a call in the active statuses, and none outside them', () => {
    const check = (s: CallingState) => {
      if (s.status === 'inCall' || s.status === 'dialing') {
        expectTypeOf(s.call).toEqualTypeOf<ActiveCall>();
        expectTypeOf(s.call.roomId).toBeNumber();
        expectTypeOf(s.userId).toBeString();
      }
      if (s.status === 'ringing' || s.status === 'connecting')
        expectTypeOf(s.call).toEqualTypeOf<ActiveCall>();
      if (s.status === 'idle') {
        expectTypeOf(s.call).toBeNull();
        expectTypeOf(s.userId).toBeString();
      }
      if (s.status === 'loggedOut') {
        expectTypeOf(s.call).toBeNull();
        expectTypeOf(s.userId).toBeNull();
      }
      if (s.call !== null)
        expectTypeOf(s.status).toEqualTypeOf<'dialing' | 'ringing' | 'connecting' | 'inCall'>();
      expectTypeOf(s.status).toEqualTypeOf<CallStatus>();
      expectTypeOf(s.call).toEqualTypeOf<ActiveCall | null>();
    };
    expectTypeOf(check).parameter(0).toEqualTypeOf<CallingState>();
  });

  it('switches exhaustively on status', () => {
    const label = (s: CallingState): string => {
      switch (s.status) {
        case 'dialing':
        case 'ringing':
        case 'connecting':
        case 'inCall':
          return `${s.status} ${s.call.callType}`;
        case 'loggedOut':
        case 'loggingIn':
        case 'idle':
        case 'loggingOut':
        case 'destroyed':
          return s.status;
        default:
          return s satisfies never;
      }
    };
    expectTypeOf(label).returns.toBeString();
  });
});

describe('LiveRoomState narrows on status', () => {
  it('has a room inside one (and while leaving it), and none outside', () => {
    const check = (s: LiveRoomState) => {
      if (s.status === 'watching' || s.status === 'live' || s.status === 'inPK' || s.status === 'leaving') {
        expectTypeOf(s.room).toEqualTypeOf<LiveRoomView>();
        expectTypeOf(s.room.roomId).toBeNumber();
        expectTypeOf(s.userId).toBeString();
      }
      if (s.status === 'outside' || s.status === 'entering' || s.status === 'creating') {
        expectTypeOf(s.room).toBeNull();
        expectTypeOf(s.userId).toBeString();
      }
      if (s.status === 'loggedOut') expectTypeOf(s.userId).toBeNull();
      if (s.room !== null) expectTypeOf(s.status).toEqualTypeOf<Exclude<LiveRoomStatus, NoRoom>>();
      expectTypeOf(s.status).toEqualTypeOf<LiveRoomStatus>();
    };
    expectTypeOf(check).parameter(0).toEqualTypeOf<LiveRoomState>();
  });
});

type NoRoom = 'loggedOut' | 'loggingIn' | 'outside' | 'creating' | 'entering' | 'loggingOut' | 'destroyed';
