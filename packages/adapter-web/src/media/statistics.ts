import type { TRTCStatistics } from 'trtc-sdk-v5';

/** TRTC's STATISTICS event (every 2 s in a room), as the port reports it. */
export function toStatistics(stats: TRTCStatistics) {
  const video = (v: {
    width: number;
    height: number;
    frameRate: number;
    bitrate: number;
    videoType: string;
  }) => ({
    width: v.width,
    height: v.height,
    frameRate: v.frameRate,
    bitrate: v.bitrate,
    stream: v.videoType,
  });
  return {
    type: 'statistics' as const,
    rtt: stats.rtt,
    upLoss: stats.upLoss,
    downLoss: stats.downLoss,
    local: {
      audio: { bitrate: stats.localStatistics.audio.bitrate, level: stats.localStatistics.audio.audioLevel },
      video: stats.localStatistics.video.map(video),
    },
    remote: stats.remoteStatistics.map((r) => ({
      userId: r.userId,
      audio: { bitrate: r.audio.bitrate, level: r.audio.audioLevel },
      video: r.video.map(video),
    })),
  };
}
