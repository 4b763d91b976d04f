/**
 * Tap tempo: a BPM from the times a user taps (ms). A pause of more than `gapMs` starts over; the BPM is the median
 * interval of the last `keep` taps, so one early or late tap does not move it. Null until three taps.
 */
export class TapTempo {
  private taps: number[] = [];

  constructor(
    private readonly gapMs = 2000,
    private readonly keep = 16,
  ) {}

  tap(atMs: number): number | null {
    const last = this.taps[this.taps.length - 1];
    if (last !== undefined && (atMs - last > this.gapMs || atMs <= last)) this.taps = [];
    this.taps.push(atMs);
    if (this.taps.length > this.keep) this.taps.shift();
    return this.bpm;
  }

  get bpm(): number | null {
    if (this.taps.length < 3) return null;
    const intervals = this.taps.slice(1).map((t, i) => t - this.taps[i]);
    intervals.sort((a, b) => a - b);
    const mid = intervals.length >> 1;
    const median = intervals.length % 2 ? intervals[mid] : (intervals[mid - 1] + intervals[mid]) / 2;
    return Math.round((60000 / median) * 100) / 100;
  }

  get count(): number {
    return this.taps.length;
  }

  reset(): void {
    this.taps = [];
  }
}
