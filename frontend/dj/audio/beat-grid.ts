/**
 * Pure beat-grid arithmetic (times in seconds): quantizing, beat phase and the tempo/phase shift used by sync.
 * A grid is the analysed `beats` array; when it is empty but a BPM is known, a grid with a beat at 0 s is assumed.
 */
export class BeatGrid {
  constructor(
    readonly beats: number[],
    readonly bpm: number,
  ) {}

  static of(beats: number[], bpm: number, duration: number): BeatGrid {
    if (beats.length >= 2 || !(bpm > 0)) return new BeatGrid(beats, bpm);
    const step = 60 / bpm;
    const synthetic: number[] = [];
    for (let t = beats[0] ?? 0; t <= Math.max(duration, step); t += step) synthetic.push(t);
    return new BeatGrid(synthetic, bpm);
  }

  get usable(): boolean {
    return this.beats.length >= 2;
  }

  /** Index of the last beat at or before `time` (−1 before the first beat). */
  indexAt(time: number): number {
    let lo = 0;
    let hi = this.beats.length - 1;
    if (hi < 0 || time < this.beats[0]) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.beats[mid] <= time) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Beat length in seconds around `time`. */
  beatLength(time: number): number {
    const n = this.beats.length;
    if (n < 2) return this.bpm > 0 ? 60 / this.bpm : 0.5;
    const i = Math.min(n - 2, Math.max(0, this.indexAt(time)));
    return this.beats[i + 1] - this.beats[i];
  }

  /** Time of the beat nearest to `time` (unchanged without a grid). */
  nearest(time: number): number {
    if (!this.usable) return time;
    const i = Math.max(0, this.indexAt(time));
    const here = this.beats[i];
    const next = this.beats[i + 1];
    if (time < here) return here;
    return next !== undefined && next - time < time - here ? next : here;
  }

  /** Last beat at or before `time`, extrapolated past the ends of the grid. */
  floor(time: number): number {
    if (!this.usable) return time;
    const i = this.indexAt(time);
    if (i < 0) return this.beats[0] - Math.ceil((this.beats[0] - time) / this.beatLength(0)) * this.beatLength(0);
    return this.beats[i] + Math.floor((time - this.beats[i]) / this.beatLength(time)) * this.beatLength(time);
  }

  /** Fraction 0..1 of the way from the previous beat to the next one. */
  phase(time: number): number {
    if (!this.usable) return 0;
    const start = this.floor(time);
    const frac = (time - start) / this.beatLength(time);
    return frac - Math.floor(frac);
  }
}

/** Smallest phase correction (in beats, −0.5..0.5) that moves `mine` onto `target`. */
export function phaseShift(mine: number, target: number): number {
  let d = target - mine;
  d -= Math.round(d);
  return d;
}

/** Tempo percent that makes `bpm` play at `targetBpm`, trying half and double time, clamped to ±range. */
export function syncTempoPercent(bpm: number, targetBpm: number, range: number): number {
  if (!(bpm > 0) || !(targetBpm > 0)) return 0;
  const candidates = [targetBpm, targetBpm * 2, targetBpm / 2].map((t) => (t / bpm - 1) * 100);
  candidates.sort((x, y) => Math.abs(x) - Math.abs(y));
  return Math.max(-range, Math.min(range, candidates[0]));
}
