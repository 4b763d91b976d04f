import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  anchorAt,
  anchorParts,
  loopFrames,
  reanchor,
  segments,
  timelineAt,
} from '../../../../../frontend/daw/audio/play-map';
import { project } from './fixtures';

const loop = { start: 100, end: 150 };

test('without a loop the timeline runs on from the anchor', () => {
  const anchor = { playFrame: 10, timelineFrame: 500, loop: null };
  assert.equal(timelineAt(anchor, 10), 500);
  assert.equal(timelineAt(anchor, 1010), 1500);
  assert.deepEqual(segments(anchor, 20, 120), [{ playFrame: 20, timelineFrame: 510, frames: 100 }]);
});

test('playback from before the loop runs to its end, then round the loop', () => {
  const anchor = { playFrame: 0, timelineFrame: 80, loop };
  assert.equal(timelineAt(anchor, 69), 149);
  assert.equal(timelineAt(anchor, 70), 100);
  assert.equal(timelineAt(anchor, 119), 149);
  assert.equal(timelineAt(anchor, 120), 100);
  assert.deepEqual(segments(anchor, 60, 180), [
    { playFrame: 60, timelineFrame: 140, frames: 10 },
    { playFrame: 70, timelineFrame: 100, frames: 50 },
    { playFrame: 120, timelineFrame: 100, frames: 50 },
    { playFrame: 170, timelineFrame: 100, frames: 10 },
  ]);
});

test('playback from inside the loop wraps at its end', () => {
  const anchor = { playFrame: 1000, timelineFrame: 125, loop };
  assert.deepEqual(segments(anchor, 1000, 1100), [
    { playFrame: 1000, timelineFrame: 125, frames: 25 },
    { playFrame: 1025, timelineFrame: 100, frames: 50 },
    { playFrame: 1075, timelineFrame: 100, frames: 25 },
  ]);
});

test('playback from after the loop does not loop', () => {
  const anchor = { playFrame: 0, timelineFrame: 150, loop };
  assert.deepEqual(segments(anchor, 0, 300), [{ playFrame: 0, timelineFrame: 150, frames: 300 }]);
});

test('the loop counts only when cycle playback is on and it lasts a frame', () => {
  assert.equal(loopFrames(project({ loop: { start: 8, end: 16 }, loopOn: false })), null);
  assert.deepEqual(loopFrames(project({ loop: { start: 8, end: 16 }, loopOn: true })), { start: 384000, end: 768000 });
  assert.equal(loopFrames(project({ loop: { start: 1, end: 1.000001 }, loopOn: true })), null);
  assert.equal(loopFrames(project({ loop: null, loopOn: true })), null);
});

test('an edit re-anchors the timeline where the old mapping is, with the new loop', () => {
  const old = { playFrame: 0, timelineFrame: 1000, loop: null };
  assert.deepEqual(reanchor(old, 30, 50, loop), { playFrame: 50, timelineFrame: 1050, loop });
  const looping = { playFrame: 0, timelineFrame: 80, loop };
  assert.deepEqual(reanchor(looping, 60, 100, null), { playFrame: 100, timelineFrame: 130, loop: null });
});

test('a loop switched on just before its end still catches the playhead', () => {
  const old = { playFrame: 0, timelineFrame: 140, loop: null };
  assert.deepEqual(reanchor(old, 5, 20, loop), { playFrame: 20, timelineFrame: 110, loop });
  assert.deepEqual(reanchor(old, 15, 20, loop), { playFrame: 20, timelineFrame: 160, loop }, 'already past its end');
});

test('each playback frame is mapped by the last anchor at or before it', () => {
  const anchors = [
    { playFrame: 0, timelineFrame: 0, loop: null },
    { playFrame: 100, timelineFrame: 500, loop: null },
    { playFrame: 200, timelineFrame: 50, loop },
  ];
  assert.equal(anchorAt(anchors, 99), anchors[0]);
  assert.equal(anchorAt(anchors, 100), anchors[1]);
  assert.equal(anchorAt(anchors, 5000), anchors[2]);
  assert.deepEqual(anchorParts(anchors, 50, 250), [
    [anchors[0], 50, 100],
    [anchors[1], 100, 200],
    [anchors[2], 200, 250],
  ]);
  assert.deepEqual(anchorParts(anchors, 120, 180), [[anchors[1], 120, 180]]);
});
