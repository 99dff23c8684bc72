import type { MediaPortEvent } from '@trtc-smart/core/media';
import type { LiveStreams } from './live-streams.js';
import type { MediaRooms } from './media-rooms.js';
import type { Outbox } from './outbox.js';
import type { RequestRouter } from './request-router.js';

/** The cloud's side of the media controls: which devices mix music in, and who shares a screen. */
export class MediaMix {
  readonly #music = new Set<string>();

  /** Whether a device's published audio carries music (its volume events rise). */
  music(deviceId: string): boolean {
    return this.#music.has(deviceId);
  }

  setMusic(deviceId: string, on: boolean): void {
    if (on) this.#music.add(deviceId);
    else this.#music.delete(deviceId);
  }
}

/** Registers the media-controls requests: the music mix and the screen-share substream. */
export function routeMediaControls(
  router: RequestRouter,
  deps: {
    readonly mix: MediaMix;
    readonly media: MediaRooms;
    readonly live: LiveStreams;
    readonly outbox: Outbox;
  },
): void {
  const { mix, media, live, outbox } = deps;
  router.on<{ music: boolean }>('mediaControls.mix', (c, p) => mix.setMusic(c.deviceId, p.music === true));
  // The substream reaches the others in the sharer's call room, or its live room.
  router.on<{ on: boolean }>('mediaControls.screenShare', (c, p) => {
    const callRoom = media.roomOf(c.deviceId);
    const roomId = callRoom ?? live.roomOf(c.deviceId);
    if (roomId === undefined) return;
    const devices = callRoom !== undefined ? media.memberDevices(roomId) : live.memberDevices(roomId);
    const event: MediaPortEvent = { type: 'subStreamAvailable', userId: c.userId, available: p.on === true };
    // A stream notice, as TRTC gives a room's members: on their room connection, in turn, while up.
    const options = { origin: c.deviceId, ordered: true, resent: true };
    c.afterReply(() => {
      for (const device of devices)
        if (device !== c.deviceId)
          outbox.toDevice(device, { channel: 'mediaControls', event, roomId }, options);
    });
  });
}
