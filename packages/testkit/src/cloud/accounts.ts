import {
  ErrorCode,
  type LoginParams,
  type SessionEvent,
  TrtcSmartError,
  USER_ID_PATTERN,
  USER_ID_RULE,
} from '@trtc-smart/core';
import type { VirtualClock } from '../clock/virtual-clock.js';
import type { Outbox } from './outbox.js';
import { verifyUserSig } from './usersig-verifier.js';

interface Session {
  readonly userId: string;
  readonly expiryTimer: unknown;
}

/** Why a session ended; kicked and expired sessions are told, the others asked for it. */
export type SessionEndReason = 'logout' | 'kicked' | 'expired' | 'relogin';

export interface AccountsDeps {
  readonly clock: VirtualClock;
  readonly outbox: Outbox;
  readonly sdkAppId: number;
  readonly secretKey: string | undefined;
  /** IM's multi-terminal setting: a second login keeps the first instead of kicking it. */
  readonly multiTerminal: boolean;
  /** Called after a session starts or ends, so links and media rooms can follow. */
  readonly onSessionEnded: (deviceId: string, userId: string, reason: SessionEndReason) => void;
  readonly onSessionStarted: (deviceId: string, userId: string) => void;
}

/**
 * IM accounts, userSigs checked like Tencent's. One session per user, the newest login wins; with
 * multi-terminal login a user has a session per device.
 */
export class Accounts {
  readonly #deps: AccountsDeps;
  readonly #sessions = new Map<string, Session>();
  /** Each user's newest device. */
  readonly #deviceByUser = new Map<string, string>();
  /** Devices whose IM session expired: TRTC, which checks a userSig only on entering, goes on as them. */
  readonly #expired = new Map<string, string>();
  /** Multi-terminal login: each user's other devices still logged in, oldest first. */
  readonly #olderDevices = new Map<string, string[]>();
  /** Devices a login elsewhere kicked out, until they log in or out again. */
  readonly #kicked = new Set<string>();

  constructor(deps: AccountsDeps) {
    this.#deps = deps;
  }

  userOf(deviceId: string): string | undefined {
    return this.#sessions.get(deviceId)?.userId;
  }

  /** Who the device is in TRTC rooms as: its session's user, or the one whose userSig expired there. */
  trtcUserOf(deviceId: string): string | undefined {
    return this.#sessions.get(deviceId)?.userId ?? this.#expired.get(deviceId);
  }

  /** The device of the user's newest login. */
  deviceOf(userId: string): string | undefined {
    return this.#deviceByUser.get(userId);
  }

  /** With multi-terminal login, the user's other devices still logged in (else none). */
  olderDevicesOf(userId: string): readonly string[] | undefined {
    return this.#olderDevices.get(userId);
  }

  /**
   * What a device that believes it is logged in hears when it logs in again on reconnecting (the
   * chat SDK's `_reLoginOnReconnected`; IM answers 1002 HELLO_ANSWER_KICKED_OUT or an expired
   * userSig): how its session ended while it could not hear it, if it did.
   */
  sessionOverFor(deviceId: string): SessionEvent | null {
    if (this.#kicked.has(deviceId)) return { type: 'kickedOffline' };
    if (this.#expired.has(deviceId)) return { type: 'userSigExpired' };
    return null;
  }

  /**
   * How IM refuses a request of a device that is not logged in: as an expired userSig (chat's
   * 70001) when that is how its session ended, so a device that missed the notice learns it.
   */
  refusal(deviceId: string, method: string): TrtcSmartError {
    return this.#expired.has(deviceId)
      ? new TrtcSmartError(ErrorCode.USER_SIG_EXPIRED, `${method}: userSig expired`)
      : new TrtcSmartError(ErrorCode.NOT_LOGGED_IN, `${method}: not logged in`);
  }

  /** Logged-in users, sorted. */
  users(): string[] {
    return [...this.#deviceByUser.keys()].sort();
  }

  async login(deviceId: string, params: LoginParams): Promise<void> {
    const { clock, sdkAppId, secretKey } = this.#deps;
    if (!params.userSig) throw new TrtcSmartError(ErrorCode.USER_SIG_INVALID, 'userSig is empty');
    if (params.sdkAppId !== sdkAppId) {
      throw new TrtcSmartError(
        ErrorCode.USER_SIG_INVALID,
        `userSig is for sdkAppId ${params.sdkAppId}, not ${sdkAppId}`,
      );
    }
    if (!USER_ID_PATTERN.test(params.userId)) {
      throw new TrtcSmartError(ErrorCode.INVALID_PARAMETER, `userId: ${USER_ID_RULE}`);
    }
    let expiresAtMs: number | undefined;
    if (secretKey !== undefined) {
      const result = await verifyUserSig({ ...params, secretKey, nowSec: clock.now() / 1000 });
      if (!result.ok) throw new TrtcSmartError(result.code, `userSig refused: ${result.reason}`);
      expiresAtMs = result.expiresAtSec * 1000;
    }
    const current = this.#sessions.get(deviceId);
    if (current?.userId === params.userId) {
      // The same user again on the same device (a fresh userSig): the session and its rooms go on.
      if (current.expiryTimer !== undefined) clock.clearTimeout(current.expiryTimer);
    } else if (current) {
      this.end(deviceId, 'relogin');
    }
    const previous = this.#deviceByUser.get(params.userId);
    if (previous !== undefined && previous !== deviceId) {
      if (this.#deps.multiTerminal) {
        const older = (this.#olderDevices.get(params.userId) ?? []).filter((id) => id !== deviceId);
        this.#olderDevices.set(params.userId, [...older, previous]);
      } else this.end(previous, 'kicked');
    }
    const expiryTimer =
      expiresAtMs === undefined
        ? undefined
        : clock.setTimeout(() => this.end(deviceId, 'expired'), expiresAtMs - clock.now());
    this.#expired.delete(deviceId);
    this.#kicked.delete(deviceId);
    this.#sessions.set(deviceId, { userId: params.userId, expiryTimer });
    this.#deviceByUser.set(params.userId, deviceId);
    this.#deps.onSessionStarted(deviceId, params.userId);
  }

  end(deviceId: string, reason: SessionEndReason): void {
    const session = this.#sessions.get(deviceId);
    if (!session) {
      if (reason === 'logout') {
        this.#expired.delete(deviceId);
        this.#kicked.delete(deviceId);
      }
      return;
    }
    if (session.expiryTimer !== undefined) this.#deps.clock.clearTimeout(session.expiryTimer);
    this.#sessions.delete(deviceId);
    const older = (this.#olderDevices.get(session.userId) ?? []).filter((id) => id !== deviceId);
    if (this.#deviceByUser.get(session.userId) === deviceId) {
      const newest = older.pop();
      if (newest === undefined) this.#deviceByUser.delete(session.userId);
      else this.#deviceByUser.set(session.userId, newest);
    }
    if (older.length > 0) this.#olderDevices.set(session.userId, older);
    else this.#olderDevices.delete(session.userId);
    // IM pushes these over its long connection and its heartbeat finds them if a push is lost:
    // late on a lossy link, never lost while the link is up (a link down: relogin tells it).
    const notice = { resent: true };
    if (reason === 'kicked') {
      this.#kicked.add(deviceId);
      this.#deps.outbox.toDevice(deviceId, { channel: 'session', event: { type: 'kickedOffline' } }, notice);
    }
    if (reason === 'expired') {
      this.#expired.set(deviceId, session.userId);
      this.#deps.outbox.toDevice(deviceId, { channel: 'session', event: { type: 'userSigExpired' } }, notice);
    }
    this.#deps.onSessionEnded(deviceId, session.userId, reason);
  }
}
