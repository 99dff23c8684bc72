import { ErrorCode, TrtcSmartError, toTrtcSmartError } from '@trtc-smart/core';
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

/**
 * Receives requests from devices, runs the handler once per request id (a duplicated request
 * gets the first answer again, as IM's sequence numbers give), and answers on the downlink.
 */
export class RequestRouter {
  readonly #clock: VirtualClock;
  readonly #outbox: Outbox;
  readonly #userOf: (deviceId: string) => string | undefined;
  readonly #handlers = new Map<string, { handler: Handler; needsLogin: boolean }>();
  /** Per device: answered requests (null while an async handler runs). */
  readonly #answered = new Map<string, Map<number, ResponseMessage | null>>();

  constructor(clock: VirtualClock, outbox: Outbox, userOf: (deviceId: string) => string | undefined) {
    this.#clock = clock;
    this.#outbox = outbox;
    this.#userOf = userOf;
  }

  on<P>(method: string, handler: (context: RequestContext, params: P) => unknown, needsLogin = true): void {
    this.#handlers.set(method, { handler: handler as Handler, needsLogin });
  }

  receive(deviceId: string, request: RequestMessage): void {
    const answered = this.#answered.get(deviceId) ?? new Map<number, ResponseMessage | null>();
    this.#answered.set(deviceId, answered);
    if (answered.has(request.requestId)) {
      const previous = answered.get(request.requestId);
      if (previous) this.#send(deviceId, previous, []);
      return;
    }
    answered.set(request.requestId, null);
    const after: (() => void)[] = [];
    const finish = (outcome: { ok: true; value: unknown } | { ok: false; error: unknown }) => {
      const response = toResponse(request, outcome);
      answered.set(request.requestId, response);
      this.#send(deviceId, response, after);
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

  #run(deviceId: string, request: RequestMessage, afterReply: (send: () => void) => void): unknown {
    const entry = this.#handlers.get(request.method);
    if (!entry) throw new TrtcSmartError(ErrorCode.NOT_FOUND, `unknown method ${request.method}`);
    const userId = this.#userOf(deviceId);
    if (entry.needsLogin && userId === undefined) throw new TrtcSmartError(ErrorCode.NOT_LOGGED_IN);
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
