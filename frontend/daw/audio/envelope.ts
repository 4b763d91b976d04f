import { type ClipFrames, fadeCurve } from './mix-rules';

/**
 * A clip's gain × fade(n) over clip frames [from, to) as AudioParam automation: a value set at a frame, or a value
 * curve (`setValueCurveAtTime`) whose points span frames [frame, frame + frames].
 *
 * Curves are sampled at every frame when the fade part has at most MAX_CURVE_POINTS frames; Web Audio interpolates
 * linearly between points, so the gain is then exact at every frame time (also for linear fades, which therefore
 * need no ramps). A longer fade part gets MAX_CURVE_POINTS points spread evenly; linear interpolation errs by at
 * most h²/8 · max|c''| with h = 1/(points − 1) in u. The steepest curve is the logarithmic one, |c''| ≤
 * 1023² / (10 ln 2) ≈ 1.51e5 at u = 0, so the error stays below 1.51e5 / (8 · 16383²) ≈ 7.0e-5 of full scale
 * (−83 dB), and below −71 dB after the largest clip gain (+12 dB): under the −60 dB the mixing rules allow.
 * Between two parts the last curve ends one frame before the next event, so curves never touch or overlap.
 */
export const MAX_CURVE_POINTS = 16384;

export type EnvelopeEvent =
  | { kind: 'set'; frame: number; value: number }
  | { kind: 'curve'; frame: number; frames: number; values: Float32Array };

export function envelopeEvents(clip: ClipFrames, from: number, to: number): EnvelopeEvent[] {
  const events: EnvelopeEvent[] = [];
  const inEnd = clip.fadeIn;
  const outStart = clip.length - clip.fadeOut;
  const part = (a: number, b: number, value: (n: number) => number) => {
    const lo = Math.max(a, from);
    const hi = Math.min(b, to);
    if (lo >= hi) return;
    if (hi - lo === 1) {
      events.push({ kind: 'set', frame: lo, value: value(lo) });
      return;
    }
    const last = hi - 1;
    const points = Math.min(hi - lo, MAX_CURVE_POINTS);
    const values = new Float32Array(points);
    for (let j = 0; j < points; j++) values[j] = value(lo + ((last - lo) * j) / (points - 1));
    events.push({ kind: 'curve', frame: lo, frames: last - lo, values });
  };
  part(0, inEnd, (n) => clip.gain * fadeCurve(clip.fadeInCurve, n / clip.fadeIn));
  const plateauFrom = Math.max(inEnd, from);
  if (plateauFrom < Math.min(outStart, to)) events.push({ kind: 'set', frame: plateauFrom, value: clip.gain });
  part(outStart, clip.length, (n) => clip.gain * fadeCurve(clip.fadeOutCurve, (clip.length - n) / clip.fadeOut));
  return events;
}

/** The value the automation gives at frame n, interpolated as Web Audio does (for tests and checks). */
export function envelopeValueAt(events: readonly EnvelopeEvent[], n: number): number {
  let value = 0;
  for (const e of events) {
    if (e.frame > n) break;
    if (e.kind === 'set') {
      value = e.value;
      continue;
    }
    const x = Math.min((n - e.frame) / e.frames, 1) * (e.values.length - 1);
    const k = Math.min(Math.floor(x), e.values.length - 2);
    value = e.values[k] + (e.values[k + 1] - e.values[k]) * (x - k);
  }
  return value;
}
