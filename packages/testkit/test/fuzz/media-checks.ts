import type { DeviceKind, MediaState } from '@trtc-smart/core/media';
import type { FakeAdapter } from '../../src/index.js';

/** A party as the media checks see it: its SDK's media state and its device's. */
export interface MediaParty {
  readonly user: string;
  readonly device: string;
  readonly adapter: FakeAdapter;
  readonly sdk: { getSnapshot(): { readonly status: string; readonly media: MediaState } };
}

/** Where the party stands, as the world (calls or live rooms) reads it. */
export interface MediaWhere {
  /** May share its screen now (inCall; an anchor or co-host who publishes). */
  readonly publishing: boolean;
  /** The other users its device shares a TRTC room with (none outside a call or room). */
  readonly roomMates: readonly string[];
  /** Whether a user shares its screen now (on any of its devices). */
  readonly sharing: (user: string) => boolean;
}

const KINDS: readonly DeviceKind[] = ['camera', 'microphone', 'speaker'];

const ids = (tracks: readonly { id: number; paused?: boolean; status?: string }[]) =>
  tracks
    .map((t) => `${t.id}${t.paused === true || t.status === 'paused' ? ' paused' : ''}`)
    .sort()
    .join(', ');

/**
 * The media controls agree with the device and with where the user is: no screen share outside a
 * call or a publishing role (in the SDK or on the device), no music once logged out, the same
 * tracks in the SDK as on the device, no device reported current that is not the one in use (an
 * unplugged one in particular), and no remote screen share of a user who is not in the room or
 * not sharing. Checked once the world is quiet (every call settled) and after everyone left.
 */
export function checkMedia(p: MediaParty, where: MediaWhere): string[] {
  const v: string[] = [];
  const { status, media } = p.sdk.getSnapshot();
  const controls = p.adapter.mediaState().controls;
  const who = `${p.device} (${status})`;
  if (media.screenShare === 'starting') v.push(`${who}: its screen share is stuck starting`);
  if (media.screenShare !== 'off' && !where.publishing) v.push(`${who} still shares its screen`);
  if (controls.screenShare !== 'off' && !where.publishing) v.push(`${who}'s device still shares its screen`);
  if (media.screenShare === 'off' && controls.screenShare === 'on')
    v.push(`${who}'s device shares its screen, its SDK says it does not`);
  if (media.screenShare === 'on' && controls.screenShare === 'off')
    v.push(`${who} says it shares its screen, its device does not`);
  if (ids(media.music) !== ids(controls.music))
    v.push(`${who} plays music [${ids(media.music)}], its device [${ids(controls.music)}]`);
  if (status === 'loggedOut' && (media.music.length > 0 || controls.music.length > 0 || controls.musicMixed))
    v.push(`${who}: music still plays (or is mixed) after logging out`);
  for (const kind of KINDS) {
    const reported = media.devices[kind];
    const { current, list } = controls.devices[kind];
    if (reported !== null && reported !== current)
      v.push(`${who} reports ${kind} ${reported} as current, its device uses ${current}`);
    if (reported !== null && !list.some((d) => d.deviceId === reported))
      v.push(`${who} reports ${kind} ${reported} as current, which is unplugged`);
  }
  for (const sharer of media.remoteSubStreams) {
    if (!where.roomMates.includes(sharer))
      v.push(`${who} sees ${sharer}'s screen share, and ${sharer} is not in its room`);
    else if (!where.sharing(sharer)) v.push(`${who} sees ${sharer}'s screen share, which ended`);
  }
  for (const sharer of controls.remoteSubStreams)
    if (!where.roomMates.includes(sharer))
      v.push(`${who}'s device receives ${sharer}'s screen share, and ${sharer} is not in its room`);
  return v;
}
