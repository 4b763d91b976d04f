import { SILENCE_DB } from './model/apply-op';

/** Steps of the master fader's travel (its range input goes 0…FADER_STEPS). */
export const FADER_STEPS = 1000;
const TOP_DB = 6;

/**
 * A fader's travel (0…1) to dB on a cubic gain taper, dB = 6 + 60·log10(p): 0 dB sits at 79 % of the travel and
 * +6 dB at the top, so most of the travel is where mixing happens; the bottom 2 % is silence (SILENCE_DB). The
 * result is rounded to tenths of a dB, as shown.
 */
export function dbAtFader(p: number): number {
  const db = p > 0 ? TOP_DB + 60 * Math.log10(Math.min(1, p)) : -Infinity;
  return db <= SILENCE_DB ? SILENCE_DB : Math.round(db * 10) / 10 || 0;
}

/** Where on the fader's travel (0…1) a level in dB sits: the inverse of dbAtFader. */
export function faderAtDb(db: number): number {
  return db <= SILENCE_DB ? 0 : Math.min(1, 10 ** ((db - TOP_DB) / 60));
}

/** A level as the faders show it: signed, in tenths, and −∞ for silence. */
export function dbLabel(db: number): string {
  return db <= SILENCE_DB ? '−∞ dB' : `${db > 0 ? '+' : ''}${db.toFixed(1)} dB`;
}
