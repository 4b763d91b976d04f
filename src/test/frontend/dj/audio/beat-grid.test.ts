import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BeatGrid, phaseShift, syncTempoPercent } from '../../../../../frontend/dj/audio/beat-grid';

const grid = new BeatGrid([0, 0.5, 1, 1.5, 2], 120);
const close = (actual: number, expected: number) =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`);

test('quantizing snaps to the nearest beat', () => {
  assert.equal(grid.nearest(0.74), 0.5);
  assert.equal(grid.nearest(0.76), 1);
  assert.equal(grid.nearest(-0.2), 0);
});

test('floor and phase extrapolate past the ends of the grid', () => {
  assert.equal(grid.floor(0.7), 0.5);
  assert.equal(grid.floor(2.3), 2);
  assert.equal(grid.floor(-0.3), -0.5);
  close(grid.phase(0.25), 0.5);
  close(grid.phase(2.6), 0.2);
});

test('a BPM without beats gives a grid with a beat at zero', () => {
  const synthetic = BeatGrid.of([], 120, 2);
  assert.deepEqual(synthetic.beats, [0, 0.5, 1, 1.5, 2]);
  assert.ok(synthetic.usable);
  assert.ok(!BeatGrid.of([], 0, 2).usable);
  assert.equal(BeatGrid.of([], 0, 2).nearest(0.3), 0.3);
});

test('sync takes the smallest phase correction and tries half and double time', () => {
  close(phaseShift(0.9, 0.1), 0.2);
  close(phaseShift(0.1, 0.9), -0.2);
  close(syncTempoPercent(120, 126, 8), 5);
  close(syncTempoPercent(120, 250, 8), (125 / 120 - 1) * 100);
  close(syncTempoPercent(120, 60, 8), 0);
  assert.equal(syncTempoPercent(120, 150, 8), 8);
  assert.equal(syncTempoPercent(0, 150, 8), 0);
});
