import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clickSamples, clicksIn } from '../../../../../frontend/daw/audio/metronome';

test('4/4 at 120 bpm clicks every half second with an accent every four clicks', () => {
  const clicks = clicksIn(120, '4/4', 1000, 0, 4500);
  assert.deepEqual(
    clicks.map((c) => c.frame),
    [0, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000],
  );
  assert.deepEqual(
    clicks.map((c) => c.accent),
    [true, false, false, false, true, false, false, false, true],
  );
});

test('3/4 accents every third click', () => {
  const accents = clicksIn(60, '3/4', 100, 0, 700).map((c) => c.accent);
  assert.deepEqual(accents, [true, false, false, true, false, false, true]);
});

test('6/8 clicks six eighth notes a bar, accenting the first and the fourth', () => {
  const clicks = clicksIn(120, '6/8', 1000, 0, 3000);
  assert.deepEqual(
    clicks.map((c) => c.frame),
    [0, 250, 500, 750, 1000, 1250, 1500, 1750, 2000, 2250, 2500, 2750],
  );
  assert.deepEqual(
    clicks.slice(0, 7).map((c) => c.accent),
    [true, false, false, true, false, false, true],
  );
});

test('a window holds the clicks from its start up to, not including, its end', () => {
  const clicks = clicksIn(124, '4/4', 48000, 23226, 69677);
  assert.deepEqual(
    clicks.map((c) => [c.frame, c.accent]),
    [
      [23226, false],
      [46452, false],
    ],
  );
  assert.deepEqual(clicksIn(124, '4/4', 48000, 23227, 46452), []);
});

test('a click is a short burst that decays, louder on an accent', () => {
  const peak = (click: Float32Array, from: number, to: number) => Math.max(...click.subarray(from, to).map(Math.abs));
  const accent = clickSamples(48000, true);
  const beat = clickSamples(48000, false);
  assert.equal(accent.length, 1440);
  assert.ok(peak(accent, 0, 100) > 0.4);
  assert.ok(peak(beat, 0, 100) < 0.35);
  assert.ok(peak(accent, 1300, 1440) < 0.01);
});
