/**
 * Pure mixer curves shared with the Java side (which tests the same functions with the same values).
 * No Web Audio here: every function maps control values to linear gains or frequencies.
 *
 * Formulas (x = crossfader position −1..1, t = (x + 1) / 2 in 0..1):
 * - `linear`: A = 1 − t, B = t.                                   (−1 → 1/0, 0 → 0.5/0.5, +1 → 0/1)
 * - `power` (constant power): A = cos(t·π/2), B = sin(t·π/2).     (0 → 0.70711/0.70711)
 * - `cut` (scratch): A = min(1, (1 − t) / w), B = min(1, t / w) with w = CUT_WIDTH = 0.05.   (0 → 1/1)
 * - channel fader f 0..1: gain = f²  (about 0 dB at the top, −12 dB at half travel, silence at 0).
 * - master m 0..1: gain = m (linear). Channel trim `gain` 0..2 is already linear (1 = 0 dB).
 * - EQ band: gain = kill ? 0 : 10^(clamp(dB, −26, +6) / 20).
 * - filter v −1..1 with dead zone d = FILTER_DEAD_ZONE = 0.02: |v| ≤ d → bypass; else u = (|v| − d) / (1 − d),
 *   v < 0 → low-pass at 20000 · 10^(−3u) Hz (20 kHz … 20 Hz); v > 0 → high-pass at 20 · 10^(3u) Hz (20 Hz … 20 kHz).
 * - tempo: playback rate = 1 + tempoPercent / 100; effective BPM = bpm · rate.
 */
export type CrossfaderCurve = 'linear' | 'power' | 'cut';

export const CUT_WIDTH = 0.05;
export const FILTER_DEAD_ZONE = 0.02;
export const EQ_MIN_DB = -26;
export const EQ_MAX_DB = 6;

export interface SideGains {
  a: number;
  b: number;
}

export function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** Gains of side A (left, channels 0 and 2) and side B (right, channels 1 and 3). */
export function crossfaderGains(position: number, curve: CrossfaderCurve): SideGains {
  const t = (clamp(position, -1, 1) + 1) / 2;
  switch (curve) {
    case 'power':
      return { a: Math.cos((t * Math.PI) / 2), b: Math.sin((t * Math.PI) / 2) };
    case 'cut':
      return { a: Math.min(1, (1 - t) / CUT_WIDTH), b: Math.min(1, t / CUT_WIDTH) };
    case 'linear':
    default:
      return { a: 1 - t, b: t };
  }
}

/** Which crossfader side a mixer channel is assigned to: even channels left (A), odd channels right (B). */
export function crossfaderSide(channel: number): 'a' | 'b' {
  return channel % 2 === 0 ? 'a' : 'b';
}

export function channelCrossfaderGain(channel: number, position: number, curve: CrossfaderCurve): number {
  return crossfaderGains(position, curve)[crossfaderSide(channel)];
}

export function faderGain(fader: number): number {
  const f = clamp(fader, 0, 1);
  return f * f;
}

export function masterGain(master: number): number {
  return clamp(master, 0, 1);
}

export function eqBandGain(db: number, kill: boolean): number {
  return kill ? 0 : Math.pow(10, clamp(db, EQ_MIN_DB, EQ_MAX_DB) / 20);
}

export interface FilterSetting {
  type: 'bypass' | 'lowpass' | 'highpass';
  frequency: number;
}

export function filterSetting(value: number): FilterSetting {
  const v = clamp(value, -1, 1);
  if (Math.abs(v) <= FILTER_DEAD_ZONE) return { type: 'bypass', frequency: 0 };
  const u = (Math.abs(v) - FILTER_DEAD_ZONE) / (1 - FILTER_DEAD_ZONE);
  return v < 0
    ? { type: 'lowpass', frequency: 20000 * Math.pow(10, -3 * u) }
    : { type: 'highpass', frequency: 20 * Math.pow(10, 3 * u) };
}

export function playbackRate(tempoPercent: number): number {
  return 1 + tempoPercent / 100;
}

export function effectiveBpm(bpm: number, tempoPercent: number): number {
  return bpm > 0 ? bpm * playbackRate(tempoPercent) : 0;
}
