import type { MediaStage } from './media-host.js';
import type { BeautyStyle, MediaState, MusicTrack } from './media-types.js';

/** Beauty off: every level 0. */
export const BEAUTY_OFF: BeautyStyle = { style: 'smooth', beauty: 0, whiteness: 0, ruddiness: 0 };

export const INITIAL_MEDIA: MediaState = {
  music: [],
  beauty: BEAUTY_OFF,
  background: { type: 'none' },
  devices: { camera: null, microphone: null, speaker: null },
  screenShare: 'off',
  remoteSubStreams: [],
};

/** The stages in order: a stage at or past another allows what that one allows. */
const ORDER: readonly MediaStage[] = ['destroyed', 'loggedOut', 'loggedIn', 'inMedia', 'publishing'];
export const atLeast = (stage: MediaStage, floor: MediaStage): boolean =>
  ORDER.indexOf(stage) >= ORDER.indexOf(floor);

/** The track list with one track changed (or added, or removed when `change` is null). */
export function withTrack(
  music: readonly MusicTrack[],
  id: number,
  change: Partial<MusicTrack> | MusicTrack | null,
): readonly MusicTrack[] {
  const rest = music.filter((t) => t.id !== id);
  if (change === null) return rest;
  const old = music.find((t) => t.id === id);
  if (!old) return [...rest, change as MusicTrack];
  return music.map((t) => (t.id === id ? { ...t, ...change } : t));
}

export const withUser = (ids: readonly string[], userId: string, present: boolean): readonly string[] => {
  const rest = ids.filter((id) => id !== userId);
  return present ? [...rest, userId] : rest;
};
