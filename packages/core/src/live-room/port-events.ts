import type { Observer, Subscription } from 'rxjs';
import type { LiveRoomEvent } from '../domain/live-room-events.js';
import { isRunning, type PortEventTarget, Prefixing } from '../machine/prefixed.js';
import type { LiveRoomAdapter } from '../ports/live-room-adapter.js';
import type { LiveSignalingEvent } from '../ports/live-signaling.port.js';
import type { LivePortEvent } from './live-machine-events.js';
import type { LiveRoomContext } from './live-room-context.js';
import { roomMessageEvent } from './room-messages.js';

export type RoomMessage = Extract<LiveSignalingEvent, { type: 'roomMessage' }>;

/** The instance's machine, as its port events reach it. */
interface MachineRef extends PortEventTarget {
  send(event: LivePortEvent): void;
  getSnapshot(): { readonly status: string; readonly context: Pick<LiveRoomContext, 'room'> };
}

/**
 * Signaling: 1:1 messages go to the machine by their own type (`peer.joinAnchorRequest` …), other
 * events under `sig.`; room messages, which change no state, go straight to events$ when they are
 * this room's (see room-messages.ts).
 */
class Signaling implements Partial<Observer<LiveSignalingEvent>> {
  constructor(
    private readonly machine: MachineRef,
    private readonly events: Pick<Observer<LiveRoomEvent>, 'next'>,
  ) {}

  next(e: LiveSignalingEvent): void {
    if (e.type === 'roomMessage') {
      if (this.machine.getSnapshot().context.room?.roomId === e.roomId) this.events.next(roomMessageEvent(e));
      return;
    }
    if (!isRunning(this.machine)) return;
    if (e.type === 'peerMessage')
      this.machine.send({ ...e.message, from: e.from, type: `peer.${e.message.type}` } as LivePortEvent);
    else this.machine.send({ ...e, type: `sig.${e.type}` } as LivePortEvent);
  }
}

/** Subscribes the machine to the adapter's three event streams (see Prefixing). */
export function subscribePortEvents(
  adapter: LiveRoomAdapter,
  machine: MachineRef,
  events: Pick<Observer<LiveRoomEvent>, 'next'>,
): Subscription {
  const subscription = adapter.session.events$.subscribe(new Prefixing(machine, 'session'));
  subscription.add(adapter.liveSignaling.events$.subscribe(new Signaling(machine, events)));
  subscription.add(adapter.liveMedia.events$.subscribe(new Prefixing(machine, 'media')));
  return subscription;
}
