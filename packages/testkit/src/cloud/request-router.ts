import { ErrorCode, TrtcSmartError } from '@trtc-smart/core';
import { toTrtcSmartError } from '@trtc-smart/core/adapter-kit';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { Outbox } from './outbox.js';
import { type JsonValue, toJson } from './trace.js';
import type { RequestMessage, ResponseMessage } from './wire.js';

export interface RequestContext {
  readonly deviceId: string;
  /** The user the device is logged in as (always set for handlers that need a login). */
  readonly userId: string;
  /** Runs after the reply is sent, so the caller hears "done" before what follows from it. */
  readonly afterReply: (send: () => void) => void;
}

type Handler = (context: RequestContext, params: never) => unknown;

/** A request seen from a device: when it arrived, and its answer once there is one. */
interface Answered {
  readonly at: number;
  response: ResponseMessage | null;
}

/**
 * Receives requests from devices, runs the handler once per request id (a duplicated request
 * gets the first answer again, as IM's sequence numbers give), and answers on the downlink.
 */
export class RequestRouter {
  readonly #clock: VirtualClock;
  readonly #outbox: Outbox;
  /** Who the device is, as the method's service knows it (TRTC's login outlives IM's). */
  readonly #userOf: (deviceId: string, method: string) => string | undefined;
  /** Why a device that is not logged in is refused (IM says when its session expired). */
  readonly #refusal: (deviceId: string, method: string) => TrtcSmartError;
  readonly #handlers = new Map<string, { handler: Handler; needsLogin: boolean }>();
  /** Per device, in arrival order: answered requests (null while an async handler runs). */
  readonly #answered = new Map<string, Map<number, Answered>>();
  readonly #dedupWindowMs: number;

  /**
   * `dedupWindowMs`: how long an answer is kept for duplicates of its request. After it the client
   * has long given up, so the answer is forgotten: a device's every request kept forever was the
   * cloud's heap growth per live-room lifecycle.
   */
  constructor(
    clock: VirtualClock,
    outbox: Outbox,
    userOf: (deviceId: string, method: string) => string | undefined,
    dedupWindowMs: number,
    refusal: (deviceId: string, method: string) => TrtcSmartError,
  ) {
    this.#clock = clock;
    this.#outbox = outbox;
    this.#userOf = userOf;
    this.#refusal = refusal;
    this.#dedupWindowMs = dedupWindowMs;
  }

  on<P>(method: string, handler: (context: RequestContext, params: P) => unknown, needsLogin = true): void {
    this.#handlers.set(method, { handler: handler as Handler, needsLogin });
  }

  receive(deviceId: string, request: RequestMessage): void {
    const answered = this.#answered.get(deviceId) ?? new Map<number, Answered>();
    this.#answered.set(deviceId, answered);
    this.#forgetOld(answered);
    const previous = answered.get(request.requestId);
    if (previous) {
      if (previous.response) this.#send(deviceId, previous.response, []);
      return;
    }
    const entry: Answered = { at: this.#clock.now(), response: null };
    answered.set(request.requestId, entry);
    const after: (() => void)[] = [];
    const finish = (outcome: { ok: true; value: unknown } | { ok: false; error: unknown }) => {
      entry.response = toResponse(request, outcome);
      this.#send(deviceId, entry.response, after);
    };
    let result: unknown;
    try {
      result = this.#run(deviceId, request, (send) => after.push(send));
    } catch (error) {
      finish({ ok: false, error });
      return;
    }
    if (result instanceof Promise) {
      // Real async work (WebCrypto): the clock waits for it, so the answer leaves at this same virtual time.
      this.#clock.track(
        result.then(
          (value: unknown) => finish({ ok: true, value }),
          (error: unknown) => finish({ ok: false, error }),
        ),
      );
    } else {
      finish({ ok: true, value: result });
    }
  }

  /** Drops answers older than the window; the map is in arrival order, so it stops at the first young one. */
  #forgetOld(answered: Map<number, Answered>): void {
    const oldest = this.#clock.now() - this.#dedupWindowMs;
    for (const [requestId, { at, response }] of answered) {
      if (at >= oldest || response === null) return;
      answered.delete(requestId);
    }
  }

  #run(deviceId: string, request: RequestMessage, afterReply: (send: () => void) => void): unknown {
    const entry = this.#handlers.get(request.method);
    if (!entry) throw new TrtcSmartError(ErrorCode.NOT_FOUND, `unknown method ${request.method}`);
    const userId = this.#userOf(deviceId, request.method);
    if (entry.needsLogin && userId === undefined) throw this.#refusal(deviceId, request.method);
    return entry.handler({ deviceId, userId: userId ?? '', afterReply }, request.params as never);
  }

  #send(deviceId: string, response: ResponseMessage, after: readonly (() => void)[]): void {
    this.#outbox.toDevice(deviceId, { channel: 'response', response });
    for (const send of after) send();
  }
}

function toResponse(
  request: RequestMessage,
  outcome: { ok: true; value: unknown } | { ok: false; error: unknown },
): ResponseMessage {
  const { requestId, method } = request;
  if (outcome.ok) return { requestId, method, ok: true, value: toJson(outcome.value) as JsonValue };
  const error = toTrtcSmartError(outcome.error);
  return { requestId, method, ok: false, code: error.code, message: error.message };
}
