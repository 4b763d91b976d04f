import type { Meter } from './project-types';

/** The snap grid: a bar, a beat, a fraction of a beat, or off. */
export type SnapMode = 'bar' | 'beat' | '1/2' | '1/4' | '1/8' | '1/16' | 'off';
export const SNAP_MODES: SnapMode[] = ['bar', 'beat', '1/2', '1/4', '1/8', '1/16', 'off'];

/** Beats per bar of a meter (the meter's numerator; a beat lasts 60 / bpm seconds). */
export function beatsPerBar(meter: Meter): number {
  return Number(meter.split('/')[0]);
}

export function beatSeconds(bpm: number): number {
  return 60 / bpm;
}

/** Length of one grid step in seconds, or 0 when snapping is off. */
export function gridStep(mode: SnapMode, bpm: number, meter: Meter): number {
  const beat = beatSeconds(bpm);
  switch (mode) {
    case 'bar':
      return beat * beatsPerBar(meter);
    case 'beat':
      return beat;
    case 'off':
      return 0;
    default:
      return beat / Number(mode.split('/')[1]);
  }
}

/** `t` moved to the nearest grid line (never below 0); unchanged when `step` is 0. */
export function snapTime(t: number, step: number): number {
  if (!(step > 0)) return Math.max(0, t);
  return Math.max(0, Math.round(t / step) * step);
}

/** "bar.beat" (both from 1) of a time, as a ruler labels it. */
export function barBeatLabel(t: number, bpm: number, meter: Meter): string {
  const beats = Math.floor(t / beatSeconds(bpm) + 1e-9);
  const perBar = beatsPerBar(meter);
  return `${Math.floor(beats / perBar) + 1}.${(beats % perBar) + 1}`;
}
