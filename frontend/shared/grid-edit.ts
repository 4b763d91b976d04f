import { TapTempo } from './tap-tempo';

/** The beat-grid edits the track page and the DJ decks offer; wire names as the server parses them. */
export type GridAction = 'double' | 'halve' | 'three_halves' | 'two_thirds' | 'tap' | 'shift' | 'downbeat' | 'reset';

/** One edit: `value` is the BPM for tap, beats (−1..1, later when positive) for shift, seconds for downbeat. */
export interface GridEdit {
  action: GridAction;
  value: number | null;
}

export const SHIFT_SIZES = [0.125, 0.25, 0.5, 1];

/**
 * Turns grid buttons into edits. Tapping shows a running BPM and sends it once the taps stop (`settleMs` after the
 * last), so a burst of taps is one edit; `downbeat` takes the playhead given with the press.
 */
export class GridEditor {
  shiftBeats = 0.25;
  private readonly tapper = new TapTempo();
  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly send: (edit: GridEdit) => void,
    private readonly changed: () => void = () => {},
    private readonly settleMs = 1500,
  ) {}

  /** The tempo being tapped, or null when not tapping. */
  get tapping(): number | null {
    return this.tapper.count > 0 ? (this.tapper.bpm ?? 0) : null;
  }

  /** `verb` without its `grid-` prefix: double, halve, three_halves, two_thirds, tap, earlier, later, downbeat, reset, shift-size. */
  press(verb: string, playhead: number, value = 0, nowMs = performance.now()): void {
    if (verb === 'shift-size') {
      if (SHIFT_SIZES.includes(value)) this.shiftBeats = value;
    } else if (verb === 'tap') {
      this.tapper.tap(nowMs);
      clearTimeout(this.settle);
      this.settle = setTimeout(() => this.settleTaps(), this.settleMs);
    } else if (verb === 'earlier' || verb === 'later') {
      this.send({ action: 'shift', value: verb === 'later' ? this.shiftBeats : -this.shiftBeats });
    } else if (verb === 'downbeat') {
      this.send({ action: 'downbeat', value: Math.max(0, playhead) });
    } else if (['double', 'halve', 'three_halves', 'two_thirds', 'reset'].includes(verb)) {
      this.send({ action: verb as GridAction, value: null });
    }
    this.changed();
  }

  /** Sends the tapped tempo now (also what the settle timer does). */
  settleTaps(): void {
    clearTimeout(this.settle);
    const bpm = this.tapper.bpm;
    this.tapper.reset();
    if (bpm !== null) this.send({ action: 'tap', value: bpm });
    this.changed();
  }
}
