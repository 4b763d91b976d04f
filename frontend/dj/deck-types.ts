import type { StemName } from './audio/deck-player';

/** Shapes shared by the DJ components and the Java side (JSON in properties, `detail` of events). Times in seconds. */
export interface HotCue {
  slot: number;
  time: number;
  color: string;
  label: string;
}
export interface DeckLoop {
  start: number;
  end: number;
  beats: number;
  active: boolean;
}
export interface StemState {
  muted: boolean;
  solo: boolean;
  volume: number;
}
export type TempoRange = 8 | 16 | 50;

export interface DeckState {
  deck: number;
  trackId: string | number | null;
  playing: boolean;
  position: number;
  /** Epoch ms on the server clock at which `position` was true. */
  positionAt: number;
  tempoPercent: number;
  tempoRange: TempoRange;
  keyLock: boolean;
  quantize: boolean;
  cuePoint: number;
  loop: DeckLoop | null;
  hotCues: HotCue[];
  stems: Record<StemName, StemState>;
}

export interface SyncSource {
  bpm: number;
  tempoPercent: number;
  beats: number[];
  position: number;
  positionAt: number;
  playing?: boolean;
}

export const HOT_CUE_COLORS = ['#e11d48', '#f59e0b', '#22c55e', '#3b82f6', '#a855f7', '#ec4899', '#14b8a6', '#eab308'];

export function defaultStems(): Record<StemName, StemState> {
  const s = () => ({ muted: false, solo: false, volume: 1 });
  return { vocals: s(), drums: s(), bass: s(), other: s() };
}

export function defaultDeckState(deck: number): DeckState {
  return {
    deck,
    trackId: null,
    playing: false,
    position: 0,
    positionAt: 0,
    tempoPercent: 0,
    tempoRange: 8,
    keyLock: false,
    quantize: true,
    cuePoint: 0,
    loop: null,
    hotCues: [],
    stems: defaultStems(),
  };
}

/** Parses JSON from a property; a blank or broken value gives `fallback` (Java validates what it sends). */
export function parseJson<T>(text: string, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Loop position wrapping shared by the spectator extrapolation and tests. */
export function wrapInLoop(position: number, loop: DeckLoop | null): number {
  if (!loop || !loop.active || loop.end <= loop.start || position < loop.end) return position;
  return loop.start + ((position - loop.start) % (loop.end - loop.start));
}
