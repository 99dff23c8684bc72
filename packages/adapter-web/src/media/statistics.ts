import type { MediaStatistics, RemoteStatistics } from '@trtc-smart/core/media';
import type { TRTCStatistics } from 'trtc-sdk-v5';

type Video = TRTCStatistics['localStatistics']['video'][number];
const NO_VIDEO = { videoBitrateKbps: 0, width: 0, height: 0, frameRate: 0 };
const video = (v: Video | undefined) =>
  v ? { videoBitrateKbps: v.bitrate, width: v.width, height: v.height, frameRate: v.frameRate } : NO_VIDEO;

/**
 * TRTC's STATISTICS (every 2 s in a room; bitrates in kbps, losses in percent) as the port's.
 * Local is the camera's big stream; a remote user gets one entry per stream it sends (its main
 * stream, big or small, and its screen share), one 'main' entry when it sends audio only.
 */
export function toStatistics(stats: TRTCStatistics): MediaStatistics {
  const local = stats.localStatistics;
  const remote = stats.remoteStatistics.flatMap(({ userId, audio, video: videos }): RemoteStatistics[] => {
    const audioBitrateKbps = audio.bitrate;
    if (videos.length === 0) return [{ userId, streamType: 'main', audioBitrateKbps, ...NO_VIDEO }];
    return videos.map((v) => ({
      userId,
      streamType: v.videoType === 'sub' ? 'sub' : 'main',
      // The audio goes with the main stream.
      audioBitrateKbps: v.videoType === 'sub' ? 0 : audioBitrateKbps,
      ...video(v),
    }));
  });
  return {
    rtt: stats.rtt,
    upLoss: stats.upLoss,
    downLoss: stats.downLoss,
    local: {
      audioBitrateKbps: local.audio.bitrate,
      ...video(local.video.find((v) => v.videoType === 'big') ?? local.video[0]),
    },
    remote,
  };
}
