import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type GridEdit, GridEditor } from '../../../../frontend/shared/grid-edit';

function editor(): { sent: GridEdit[]; grid: GridEditor } {
  const sent: GridEdit[] = [];
  return {
    sent,
    grid: new GridEditor(
      (e) => sent.push(e),
      () => {},
      10,
    ),
  };
}

test('buttons become edits: levels, shift by the chosen size, downbeat at the playhead, reset', () => {
  const { sent, grid } = editor();
  grid.press('halve', 0);
  grid.press('three_halves', 0);
  grid.press('shift-size', 0, 0.125);
  grid.press('later', 0);
  grid.press('earlier', 0);
  grid.press('downbeat', 12.3456);
  grid.press('reset', 0);
  grid.press('shift-size', 0, 3);
  grid.press('nonsense', 0);

  assert.deepEqual(sent, [
    { action: 'halve', value: null },
    { action: 'three_halves', value: null },
    { action: 'shift', value: 0.125 },
    { action: 'shift', value: -0.125 },
    { action: 'downbeat', value: 12.3456 },
    { action: 'reset', value: null },
  ]);
  assert.equal(grid.shiftBeats, 0.125);
});

test('taps show a running tempo and become one edit when they stop', async () => {
  const { sent, grid } = editor();
  [0, 500, 1000, 1500].forEach((t) => grid.press('tap', 0, 0, t));
  assert.equal(grid.tapping, 120);
  assert.deepEqual(sent, []);

  await new Promise((resolve) => setTimeout(resolve, 30));

  assert.deepEqual(sent, [{ action: 'tap', value: 120 }]);
  assert.equal(grid.tapping, null);
});

test('too few taps send nothing', () => {
  const { sent, grid } = editor();
  grid.press('tap', 0, 0, 0);
  grid.settleTaps();
  assert.deepEqual(sent, []);
});
