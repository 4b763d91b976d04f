import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyBatch } from '../../../../../frontend/daw/model/apply-op';
import {
  deleteClips,
  duplicateClips,
  moveClips,
  setFade,
  setWarp,
  splitAt,
  trimEnd,
  trimStart,
} from '../../../../../frontend/daw/model/edits';
import { barBeatLabel, gridStep, snapTime } from '../../../../../frontend/daw/model/grid';
import type { DawOp, ProjectState } from '../../../../../frontend/daw/model/project-types';
import { orderForMove, sortedTracks } from '../../../../../frontend/daw/model/track-order';
import { newId, project } from './fixtures';

const run = (state: ProjectState, ops: DawOp[]) => applyBatch(state, { id: 'b', ops });
const clip = (state: ProjectState, id: string) => state.clips.find((c) => c.id === id)!;

test('moving clips shifts them in time and across tracks, never before 0 or past the last track', () => {
  const state = project();
  const moved = run(state, moveClips(state, ['c1', 'c2'], 3, 1, ['t1', 't2']));
  assert.deepEqual([clip(moved, 'c1').position, clip(moved, 'c2').position], [3, 15]);
  assert.deepEqual([clip(moved, 'c1').trackId, clip(moved, 'c2').trackId], ['t2', 't2']);
  const clamped = run(state, moveClips(state, ['c2', 'c3'], -20, 5, ['t1', 't2']));
  assert.deepEqual([clip(clamped, 'c2').position, clip(clamped, 'c3').position], [8, 0]);
  assert.equal(clip(clamped, 'c3').trackId, 't2');
});

test('a left trim moves offset, position and length together so the audio stays in place; a right trim stays in its source', () => {
  const state = project();
  const trimmed = run(state, trimStart(state, clip(state, 'c2'), 15));
  assert.deepEqual([clip(trimmed, 'c2').position, clip(trimmed, 'c2').offset, clip(trimmed, 'c2').length], [15, 3, 7]);
  const back = run(trimmed, trimStart(trimmed, clip(trimmed, 'c2'), 0));
  assert.deepEqual([clip(back, 'c2').position, clip(back, 'c2').offset], [12, 0], 'not before the source start');
  const long = run(state, trimEnd(state, clip(state, 'c2'), 500));
  assert.ok(Math.abs(clip(long, 'c2').length - 60) < 0.002);
});

test('split cuts a clip at a time into two that play the same audio', () => {
  const state = project();
  const split = run(state, splitAt(state, ['c2', 'c3'], 13, newId));
  assert.equal(split.clips.length, 5);
  assert.equal(clip(split, 'c2').length, 1);
  const right = split.clips.find((c) => c.position === 13 && c.trackId === 't1')!;
  assert.deepEqual([right.offset, right.length, right.source], [1, 9, clip(state, 'c2').source]);
  assert.deepEqual(splitAt(state, ['c2'], 40, newId), [], 'a time outside the clip cuts nothing');
});

test('duplicate places copies after the group; delete, fades and warp give valid batches', () => {
  const state = project();
  const dup = run(state, duplicateClips(state, ['c1', 'c2'], newId));
  assert.deepEqual(
    dup.clips.slice(3).map((c) => c.position),
    [22, 34],
  );
  assert.equal(run(state, deleteClips(state, ['c1', 'c3'])).clips.length, 1);
  const faded = run(state, setFade(clip(state, 'c1'), 'fadeIn', 30));
  assert.equal(clip(faded, 'c1').fadeIn, 10, 'a fade fits in the clip');
  const long = run(state, [{ op: 'set', kind: 'clip', id: 'c3', prop: 'length', value: 55 }]);
  const warped = run(long, setWarp(long, [clip(long, 'c3'), clip(long, 'c2')], true));
  assert.equal(clip(warped, 'c3').warp, true);
  assert.ok(Math.abs(clip(warped, 'c3').length - 50) < 0.002, 'shortened to fit its source');
  assert.equal(clip(warped, 'c2').warp, false, 'a source without tempo does not warp');
});

test('the grid follows tempo and meter, and snapping rounds to the nearest line', () => {
  assert.equal(gridStep('bar', 120, '4/4'), 2);
  assert.equal(gridStep('bar', 120, '3/4'), 1.5);
  assert.equal(gridStep('1/4', 120, '4/4'), 0.125);
  assert.equal(gridStep('off', 120, '4/4'), 0);
  assert.equal(snapTime(2.7, 0.5), 2.5);
  assert.equal(snapTime(-1, 0.5), 0);
  assert.equal(snapTime(2.7, 0), 2.7);
  assert.equal(barBeatLabel(2.5, 120, '4/4'), '2.2');
  assert.equal(barBeatLabel(3, 120, '6/8'), '2.1');
});

test('moving a track takes the midpoint of its new neighbours', () => {
  const tracks = sortedTracks([
    { ...project().tracks[0], id: 'a', order: 1 },
    { ...project().tracks[0], id: 'b', order: 2 },
    { ...project().tracks[0], id: 'c', order: 3 },
  ]);
  assert.equal(orderForMove(tracks, 0, 2), 2.5);
  assert.equal(orderForMove(tracks, 0, 3), 4);
  assert.equal(orderForMove(tracks, 2, 0), 0);
  assert.equal(orderForMove(tracks, 2, 1), 1.5);
});

test('a clip that spans its whole source can be trimmed from the left and opened again', () => {
  const state = project();
  const c2 = clip(state, 'c2');
  const whole = run(state, [{ op: 'set', kind: 'clip', id: 'c2', prop: 'length', value: c2.source.duration }]);
  const trimmed = run(whole, trimStart(whole, clip(whole, 'c2'), c2.position + 2));
  assert.deepEqual(
    [clip(trimmed, 'c2').position, clip(trimmed, 'c2').offset, clip(trimmed, 'c2').length],
    [c2.position + 2, 2, c2.source.duration - 2],
  );
  const opened = run(trimmed, trimStart(trimmed, clip(trimmed, 'c2'), c2.position));
  assert.deepEqual([clip(opened, 'c2').offset, clip(opened, 'c2').length], [0, c2.source.duration]);
});
