/** Limits shared by every adapter (Tencent's, checked before anything is sent). */
export const USER_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/** The rule a userId must follow, as error messages quote it. */
export const USER_ID_RULE = 'must be 1-32 characters of A-Z a-z 0-9 _ -';
/** TRTC numeric room ids. */
export const MIN_ROOM_ID = 1;
/** The largest numeric TRTC room id. */
export const MAX_ROOM_ID = 4_294_967_294;
/** Call rooms are drawn from 1 … 2^31-1, as Tencent's call kits do. */
export const MAX_CALL_ROOM_ID = 2_147_483_647;
/** The longest IM group id, in UTF-8 bytes. */
export const GROUP_ID_MAX_BYTES = 48;
/** Default seconds an invitation rings before it times out (0 = never). */
export const DEFAULT_INVITE_TIMEOUT_SEC = 30;
/** Default ms a party waits for media after accepting before giving up. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;
/** Seconds a link-mic or PK request waits for its answer (the seed's `timeout`). */
export const DEFAULT_LIVE_REQUEST_TIMEOUT_SEC = 10;
/** IM limits a live room is held to: group name and one message body. */
export const ROOM_NAME_MAX_BYTES = 30;
/** The longest room message, in UTF-8 bytes (IM's limit). */
export const MESSAGE_MAX_BYTES = 12 * 1024;
/** TRTC's CDN stream id limit. */
export const STREAM_ID_MAX_BYTES = 64;
/** Cover and avatar URLs, and nicknames, as IM profiles keep them. */
export const URL_MAX_BYTES = 1024;
/** The longest profile name, in UTF-8 bytes. */
export const USER_NAME_MAX_BYTES = 64;
/**
 * Default ms a call or live room waits for a lost link (its own or a remote party's) to come back
 * before it ends with networkLost. TRTC documents no single reconnection window: trtc-sdk-v5
 * (5.17.1, trtc.esm.js `getReconnectionTimeout`) retries with Fibonacci back-off capped at 30 s
 * per attempt, so 30 s is one full retry at the cap.
 */
export const DEFAULT_RECONNECT_GRACE_MS = 30_000;
/** Default seconds login, logout and every port request may take before failing with NETWORK_TIMEOUT. */
export const DEFAULT_LOGIN_TIMEOUT_SEC = 15;
/** Default seconds between a live-room viewer's reads of the room's IM profile (reconciliation). */
export const DEFAULT_RECONCILE_INTERVAL_SEC = 60;
