/** A 16-bit mono PCM WAV of a sine tone, made in the page: the test's background music. */
export function sineWav(seconds: number, hz: number, amplitude = 0.8): Blob {
  const rate = 48_000;
  const samples = Math.round(seconds * rate);
  const view = new DataView(new ArrayBuffer(44 + samples * 2));
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) {
    view.setInt16(44 + i * 2, Math.sin((2 * Math.PI * hz * i) / rate) * amplitude * 0x7fff, true);
  }
  return new Blob([view.buffer], { type: 'audio/wav' });
}

/** The median RMS level of a track over `ms`, read with WebAudio every 50 ms (0 silent, ~0.7 a full sine). */
export async function medianLevel(track: MediaStreamTrack, ms: number): Promise<number> {
  const context = new AudioContext();
  await context.resume();
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
  const data = new Float32Array(analyser.fftSize);
  const levels: number[] = [];
  for (const end = Date.now() + ms; Date.now() < end; ) {
    analyser.getFloatTimeDomainData(data);
    levels.push(Math.sqrt(data.reduce((sum, x) => sum + x * x, 0) / data.length));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await context.close();
  levels.sort((a, b) => a - b);
  return levels[Math.floor(levels.length / 2)] ?? 0;
}

/** The mean red, green and blue (0-255) of what the <video> in an element shows now. */
export function meanColor(viewId: string): { r: number; g: number; b: number } {
  const video = document.querySelector(`#${viewId} video`) as HTMLVideoElement | null;
  if (!video || video.videoWidth === 0) throw new Error(`no playing <video> in #${viewId}`);
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  if (!g) throw new Error('no 2d canvas');
  g.drawImage(video, 0, 0);
  const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
  const sum = { r: 0, g: 0, b: 0 };
  for (let i = 0; i < data.length; i += 4) {
    sum.r += data[i] ?? 0;
    sum.g += data[i + 1] ?? 0;
    sum.b += data[i + 2] ?? 0;
  }
  const n = data.length / 4;
  return { r: sum.r / n, g: sum.g / n, b: sum.b / n };
}
