/** The built-in music: a short sine tone as a WAV file in a data: URL, made in code (no binary asset). */
export interface Tone {
  readonly frequencyHz: number;
  readonly durationMs: number;
  /** 8 kHz, 8-bit mono keeps the URL near 10 kB a second: it travels in the SDK call's params. */
  readonly sampleRate: number;
}

export const DEFAULT_TONE: Tone = { frequencyHz: 440, durationMs: 1000, sampleRate: 8000 };

/** The WAV bytes: a RIFF header, then unsigned 8-bit PCM with a short fade in and out (no clicks). */
export function toneWav({ frequencyHz, durationMs, sampleRate }: Tone): Uint8Array {
  const samples = Math.round((sampleRate * durationMs) / 1000);
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) bytes[at + i] = s.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate, true); // byte rate: 1 byte a sample
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits a sample
  text(36, 'data');
  view.setUint32(40, samples, true);
  const fade = Math.max(1, Math.round(sampleRate / 100));
  for (let i = 0; i < samples; i++) {
    const envelope = Math.min(1, i / fade, (samples - 1 - i) / fade);
    const value = Math.sin((2 * Math.PI * frequencyHz * i) / sampleRate) * envelope * 0.8;
    bytes[44 + i] = Math.round(128 + 127 * value);
  }
  return bytes;
}

/**
 * The tone as a data: URL. The `#durationMs` fragment tells the fake cloud its length (a real SDK
 * ignores it and reads the header).
 */
export function toneUrl(tone: Tone = DEFAULT_TONE): string {
  let binary = '';
  for (const byte of toneWav(tone)) binary += String.fromCharCode(byte);
  return `data:audio/wav;base64,${btoa(binary)}#durationMs=${tone.durationMs}`;
}
