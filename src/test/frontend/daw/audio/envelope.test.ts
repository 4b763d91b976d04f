import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_CURVE_POINTS,
  envelopeEvents,
  envelopeValueAt,
  type EnvelopeEvent,
} from '../../../../../frontend/daw/audio/envelope';
import { clipFrames, fadeAt } from '../../../../../frontend/daw/audio/mix-rules';
import type { FadeCurve } from '../../../../../frontend/daw/model/project-types';
import { clip } from './fixtures';

const curves: FadeCurve[] = ['linear', 'exponential', 'logarithmic', 'scurve'];

/** Web Audio refuses events inside a value curve's time span; ours end a frame before the next event. */
function assertNoOverlap(events: EnvelopeEvent[]) {
  for (let i = 1; i < events.length; i++) {
    const before = events[i - 1];
    const end = before.kind === 'curve' ? before.frame + before.frames : before.frame;
    assert.ok(events[i].frame > end, `event ${i} at ${events[i].frame} overlaps one ending at ${end}`);
  }
}

test('short fades are sampled at every frame, so the automation is exact at frame times', () => {
  for (const fadeInCurve of curves) {
    for (const fadeOutCurve of curves) {
      const c = clip('c', { length: 0.5, gainDb: 3, fadeIn: 0.1, fadeInCurve, fadeOut: 0.25, fadeOutCurve });
      const f = clipFrames(c, 120, 48000);
      const events = envelopeEvents(f, 0, f.length);
      assertNoOverlap(events);
      for (let n = 0; n < f.length; n++) {
        const expected = f.gain * fadeAt(f, n);
        const actual = envelopeValueAt(events, n);
        assert.ok(Math.abs(actual - expected) < 1e-6, `${fadeInCurve}/${fadeOutCurve} frame ${n}`);
      }
    }
  }
});

test('long fades stay within −60 dB of full scale at the largest gain', () => {
  for (const curve of curves) {
    const c = clip('c', { length: 20, gainDb: 12, fadeIn: 10, fadeInCurve: curve, fadeOut: 10, fadeOutCurve: curve });
    const f = clipFrames(c, 120, 48000);
    const events = envelopeEvents(f, 0, f.length);
    assertNoOverlap(events);
    for (const e of events) if (e.kind === 'curve') assert.ok(e.values.length <= MAX_CURVE_POINTS);
    let worst = 0;
    for (let n = 0; n < f.length; n++)
      worst = Math.max(worst, Math.abs(envelopeValueAt(events, n) - f.gain * fadeAt(f, n)));
    assert.ok(worst < 1e-3, `${curve}: error ${worst}`);
  }
});

test('a span inside a clip carries only its part of the envelope', () => {
  const f = clipFrames(clip('c', { length: 1, fadeIn: 0.2, fadeOut: 0.3, fadeOutCurve: 'scurve' }), 120, 1000);
  const events = envelopeEvents(f, 150, 800);
  assert.deepEqual(
    events.map((e) => [e.kind, e.frame]),
    [
      ['curve', 150],
      ['set', 200],
      ['curve', 700],
    ],
  );
  for (let n = 150; n < 800; n++) assert.ok(Math.abs(envelopeValueAt(events, n) - fadeAt(f, n)) < 1e-6);
  assert.deepEqual(envelopeEvents(f, 300, 400), [{ kind: 'set', frame: 300, value: 1 }]);
  const last = envelopeEvents(f, 999, 1000);
  assert.equal(last.length, 1);
  assert.equal(last[0].kind, 'set');
});

test('touching fades and one-frame parts make no overlapping events', () => {
  const f = clipFrames(clip('c', { length: 0.01, fadeIn: 0.001, fadeOut: 0.009 }), 120, 1000);
  const events = envelopeEvents(f, 0, f.length);
  assertNoOverlap(events);
  assert.deepEqual(
    events.map((e) => [e.kind, e.frame]),
    [
      ['set', 0],
      ['curve', 1],
    ],
  );
});
