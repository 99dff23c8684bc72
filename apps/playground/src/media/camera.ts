/** A user's simulated camera: a canvas that draws their name over moving colour, and its stream. */
export interface CanvasCamera {
  readonly canvas: HTMLCanvasElement;
  /** The canvas's captureStream(), made on first use. */
  stream(): MediaStream;
  stop(): void;
}

const hue = (name: string): number => [...name].reduce((sum, ch) => (sum * 31 + ch.charCodeAt(0)) % 360, 7);

export function canvasCamera(name: string): CanvasCamera {
  const canvas = document.createElement('canvas');
  canvas.width = 320;
  canvas.height = 240;
  const ctx = canvas.getContext('2d');
  const base = hue(name);
  let frame = 0;
  let stream: MediaStream | undefined;
  let raf = 0;
  const draw = () => {
    if (!ctx) return;
    frame++;
    const gradient = ctx.createLinearGradient(0, 0, 320, 240);
    gradient.addColorStop(0, `hsl(${(base + frame) % 360} 70% 45%)`);
    gradient.addColorStop(1, `hsl(${(base + 120 + frame) % 360} 70% 30%)`);
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, 320, 240);
    const x = 160 + Math.sin(frame / 20) * 120;
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.beginPath();
    ctx.arc(x, 190, 18, 0, Math.PI * 2);
    ctx.fill();
    ctx.font = 'bold 48px sans-serif';
    ctx.textAlign = 'center';
    ctx.fillText(name, 160, 120);
    raf = requestAnimationFrame(draw);
  };
  draw();
  return {
    canvas,
    stream: () => {
      stream ??= canvas.captureStream(24);
      return stream;
    },
    stop: () => {
      cancelAnimationFrame(raf);
      for (const track of stream?.getTracks() ?? []) track.stop();
    },
  };
}
