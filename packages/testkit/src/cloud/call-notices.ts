import type { Outbox } from './outbox.js';

/** Hang-up and switch-to-audio: plain IM notices to the listed users, no state kept in the cloud. */
export function sendHungUp(
  outbox: Outbox,
  from: { userId: string; device: string },
  params: { roomId: number; userIds: readonly string[]; durationSec: number },
): void {
  outbox.toUsers(
    params.userIds.filter((userId) => userId !== from.userId),
    {
      channel: 'signaling',
      event: { type: 'hungUp', roomId: params.roomId, userId: from.userId, durationSec: params.durationSec },
    },
    from.device,
  );
}

export function sendSwitchedToAudio(
  outbox: Outbox,
  from: { userId: string; device: string },
  params: { roomId: number; userIds: readonly string[] },
): void {
  outbox.toUsers(
    params.userIds.filter((userId) => userId !== from.userId),
    { channel: 'signaling', event: { type: 'switchedToAudio', roomId: params.roomId, userId: from.userId } },
    from.device,
  );
}
