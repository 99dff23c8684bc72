import type { Observable } from 'rxjs';

/** `login`'s parameters: the TRTC application, the user and its UserSig. */
export interface LoginParams {
  readonly sdkAppId: number;
  readonly userId: string;
  readonly userSig: string;
}

/** What the platform says about the login itself. */
export type SessionEvent =
  /** The same user logged in on another device; this session is over. */
  | { readonly type: 'kickedOffline' }
  /** The userSig expired while logged in; log in again with a fresh one. */
  | { readonly type: 'userSigExpired' }
  /** The IM connection changed. */
  | { readonly type: 'connectionChanged'; readonly state: ConnectionState };

/** A signaling connection as the state shows it (`connection.signaling`). */
export type ConnectionState = 'connected' | 'connecting' | 'disconnected';

/** Login to IM plus the TRTC credentials: "what one Tencent SDK login does". */
export interface SessionPort {
  /** Resolves once logged in; rejects with USER_SIG_INVALID / USER_SIG_EXPIRED / NETWORK_TIMEOUT etc. */
  login(params: LoginParams): Promise<void>;
  /** Resolves when already logged out (e.g. after a kick), so cleanup never fails. */
  logout(): Promise<void>;
  readonly events$: Observable<SessionEvent>;
}
