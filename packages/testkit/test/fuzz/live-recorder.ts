import type { LiveRoomStatus, RequestOutcomeEvent } from '@trtc-smart/core';
import type { LiveRoomWithMedia } from '@trtc-smart/core/media';
import { IN_ROOM, liveShapeViolation } from './state-shapes.js';

/** One link-mic or PK request, from the moment the machine is asking. */
interface Request {
  outcomes: number;
  /** Its send failed (the promise rejected) or the requester left: no outcome is owed. */
  excused: boolean;
}

/** Tracks one kind of request: its start (the machine enters `asking`) and its outcomes. */
class RequestLog {
  #current: Request | undefined;
  /** When the machine last stopped asking (virtual ms). */
  #stoppedAt = Number.NaN;
  readonly #violate: (what: string) => void;
  readonly #kind: string;

  constructor(kind: string, violate: (what: string) => void) {
    this.#kind = kind;
    this.#violate = violate;
  }

  start(): void {
    this.close();
    this.#current = { outcomes: 0, excused: false };
  }

  excuse(): void {
    if (this.#current) this.#current.excused = true;
  }

  stopped(at: number): void {
    this.#stoppedAt = at;
  }

  /** Whether the machine stopped asking at `at`: a rejection then is the request's own. */
  stoppedAt(at: number): boolean {
    return this.#stoppedAt === at;
  }

  outcome(event: RequestOutcomeEvent): void {
    if (!this.#current) this.#violate(`${this.#kind} ${event.eventType} with no request`);
    else if (++this.#current.outcomes === 2)
      this.#violate(`${this.#kind} request got a second outcome (${event.eventType} "${event.reason}")`);
  }

  close(): void {
    const request = this.#current;
    this.#current = undefined;
    if (request && request.outcomes === 0 && !request.excused)
      this.#violate(`${this.#kind} request got no outcome`);
  }
}

/**
 * Watches one live-room user: every link-mic and PK request gets exactly one outcome, and which
 * anchors the user was told of (onAnchorEnter / onAnchorExit) while in a room.
 */
export class LiveRecorder {
  readonly violations: string[] = [];
  /** Anchors announced by onAnchorEnter and not since by onAnchorExit, in the current room. */
  readonly anchors = new Set<string>();
  readonly linkMic: RequestLog;
  readonly roomPK: RequestLog;
  #status: LiveRoomStatus = 'loggedOut';
  readonly #user: string;
  readonly #now: () => number;

  constructor(user: string, live: LiveRoomWithMedia<unknown>, now: () => number) {
    this.#user = user;
    this.#now = now;
    const violate = (what: string) => this.violations.push(`${this.#user} @${this.#now()}: ${what}`);
    this.linkMic = new RequestLog('link-mic', violate);
    this.roomPK = new RequestLog('PK', violate);
    live.state$.subscribe((state) => {
      const shape = liveShapeViolation(state);
      if (shape) violate(shape);
      this.#state(state.status);
    });
    live.linkMicEvents$.subscribe((event) => this.linkMic.outcome(event));
    live.roomPKEvents$.subscribe((event) => this.roomPK.outcome(event));
    live.events$.subscribe((event) => {
      if (event.eventType === 'onAnchorEnter') this.anchors.add(event.userId);
      if (event.eventType === 'onAnchorExit') this.anchors.delete(event.userId);
      if (event.eventType === 'onRoomDestroy') this.anchors.clear();
    });
  }

  #state(status: LiveRoomStatus): void {
    const was = this.#status;
    this.#status = status;
    if (status === was) return;
    if (status === 'requesting') this.linkMic.start();
    if (status === 'requestingPK') this.roomPK.start();
    if (was === 'requesting') this.linkMic.stopped(this.#now());
    if (was === 'requestingPK') this.roomPK.stopped(this.#now());
    // Leaving the room (or logging out) while asking owes no answer.
    if (!IN_ROOM.has(status)) {
      // Still in the room while leaving it: a leave that fails stays with the anchors it heard.
      if (status !== 'leaving') this.anchors.clear();
      if (was === 'requesting') this.linkMic.excuse();
      if (was === 'requestingPK') this.roomPK.excuse();
    }
  }

  /** At the end: every request has had its outcome. */
  finish(): void {
    this.linkMic.close();
    this.roomPK.close();
  }
}
