import type { Meter } from '../model/project-types';

/** A metronome click at a timeline frame; `accent` on a bar's first beat (and on the 4th eighth of 6/8). */
export interface Click {
  frame: number;
  accent: boolean;
}

/** Clicks per bar and their length in quarter notes: 6/8 clicks six eighth notes. */
export function clickGrid(meter: Meter): { perBar: number; quarters: number } {
  return meter === '6/8' ? { perBar: 6, quarters: 0.5 } : { perBar: meter === '3/4' ? 3 : 4, quarters: 1 };
}

/** The clicks at timeline frames [from, to), the grid starting at timeline 0 with `bpm` quarter notes a minute. */
export function clicksIn(bpm: number, meter: Meter, rate: number, from: number, to: number): Click[] {
  const { perBar, quarters } = clickGrid(meter);
  const framesPerClick = (60 / bpm) * quarters * rate;
  const clicks: Click[] = [];
  for (let k = Math.max(0, Math.floor(from / framesPerClick) - 1); ; k++) {
    const frame = Math.round(k * framesPerClick);
    if (frame >= to) break;
    if (frame < from) continue;
    const beat = k % perBar;
    clicks.push({ frame, accent: beat === 0 || (perBar === 6 && beat === 3) });
  }
  return clicks;
}

/** A short decaying sine: 1.6 kHz and louder for an accent, 1 kHz otherwise. */
export function clickSamples(rate: number, accent: boolean): Float32Array<ArrayBuffer> {
  const frames = Math.round(rate * 0.03);
  const hz = accent ? 1600 : 1000;
  const peak = accent ? 0.6 : 0.35;
  const samples = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    const t = i / rate;
    samples[i] = peak * Math.sin(2 * Math.PI * hz * t) * Math.exp(-t / 0.006);
  }
  return samples;
}
