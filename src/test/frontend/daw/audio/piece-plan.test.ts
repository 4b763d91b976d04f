import assert from 'node:assert/strict';
import { test } from 'node:test';
import { envelopeEvents, envelopeValueAt } from '../../../../../frontend/daw/audio/envelope';
import { clipFrames, fadeAt } from '../../../../../frontend/daw/audio/mix-rules';
import { type PlannedClip, planSegment, trimSpan } from '../../../../../frontend/daw/audio/piece-plan';
import { segments } from '../../../../../frontend/daw/audio/play-map';
import type { DawClip } from '../../../../../frontend/daw/model/project-types';
import { clip } from './fixtures';

const RATE = 1000;
const CHUNK = 4000;
const planned = (c: DawClip, bpm = 120): PlannedClip => ({ clip: c, frames: clipFrames(c, bpm, RATE) });

test('a span is cut where the stream crosses a chunk boundary', () => {
  const c = planned(clip('c', { position: 2, offset: 3.5, length: 5 }));
  const [span] = planSegment([c], { playFrame: 0, timelineFrame: 0, frames: 10000 }, CHUNK);
  assert.equal(span.playFrame, 2000);
  assert.deepEqual(
    span.pieces.map((p) => [p.chunk, p.chunkOffset, p.frames, p.playFrame, p.clipFrame]),
    [
      [0, 3500, 500, 2000, 0],
      [1, 0, 4000, 2500, 500],
      [2, 0, 500, 6500, 4500],
    ],
  );
});

test('a segment that starts inside a clip plays the clip from there, at the segment playback frames', () => {
  const c = planned(clip('c', { position: 1, offset: 0, length: 3 }));
  const [span] = planSegment([c], { playFrame: 700, timelineFrame: 2500, frames: 250 }, CHUNK);
  assert.deepEqual([span.playFrame, span.fromClipFrame, span.toClipFrame], [700, 1500, 1750]);
  assert.deepEqual(
    span.pieces.map((p) => [p.chunk, p.chunkOffset, p.frames]),
    [[0, 1500, 250]],
  );
  assert.deepEqual(planSegment([c], { playFrame: 0, timelineFrame: 4000, frames: 100 }, CHUNK), []);
});

test('a warped clip reads its stretched stream from round(offset·R/s)', () => {
  const c = planned(clip('c', { offset: 10, length: 1, warp: true }), 240);
  const [span] = planSegment([c], { playFrame: 0, timelineFrame: 0, frames: 1000 }, CHUNK);
  assert.deepEqual(
    span.pieces.map((p) => [p.chunk, p.chunkOffset, p.frames]),
    [[1, 1000, 1000]],
  );
});

test('a late block keeps only what is still to come', () => {
  const c = planned(clip('c', { offset: 3.9, length: 1 }));
  const [span] = planSegment([c], { playFrame: 0, timelineFrame: 0, frames: 1000 }, CHUNK);
  const late = trimSpan(span, 150);
  assert.ok(late);
  assert.deepEqual([late.playFrame, late.fromClipFrame, late.toClipFrame], [150, 150, 1000]);
  assert.deepEqual(
    late.pieces.map((p) => [p.chunk, p.chunkOffset, p.frames, p.playFrame, p.clipFrame]),
    [[1, 50, 850, 150, 150]],
  );
  assert.equal(trimSpan(span, 0), span);
  assert.equal(trimSpan(span, 1000), null);
});

/** Source frame k of a clip's stream, the same in both mixes. */
const stream = (k: number) => Math.sin(k * 0.37) * 0.8;

/** What the planned pieces and their envelopes play at each playback frame, mixed as Web Audio would. */
function mixPlanned(clips: PlannedClip[], segs: ReturnType<typeof segments>, frames: number): Float64Array {
  const out = new Float64Array(frames);
  for (const seg of segs) {
    for (const span of planSegment(clips, seg, CHUNK)) {
      const events = envelopeEvents(span.clip.frames, span.fromClipFrame, span.toClipFrame);
      for (const p of span.pieces) {
        for (let i = 0; i < p.frames; i++) {
          const gain = envelopeValueAt(events, p.clipFrame + i);
          out[p.playFrame + i] += stream(p.chunk * CHUNK + p.chunkOffset + i) * gain;
        }
      }
    }
  }
  return out;
}

/** The README's clip rule frame by frame on the timeline. */
function mixReference(clips: PlannedClip[], timelineFrame: number): number {
  let sum = 0;
  for (const { frames: f } of clips) {
    const n = timelineFrame - f.position;
    if (n >= 0 && n < f.length) sum += stream(f.streamOffset + n) * f.gain * fadeAt(f, n);
  }
  return sum;
}

test('planned pieces with their envelopes play the README mix, round a loop and across chunks', () => {
  const clips = [
    planned(clip('a', { position: 0.5, offset: 3.2, length: 2.7, gainDb: -6, fadeIn: 0.3, fadeInCurve: 'scurve' })),
    planned(clip('b', { position: 1.9, offset: 0, length: 1.3, fadeOut: 0.9, fadeOutCurve: 'logarithmic' })),
    planned(clip('c', { position: 2.2, offset: 7.99, length: 4, fadeIn: 2, fadeOut: 2, fadeInCurve: 'exponential' })),
  ];
  const anchor = { playFrame: 0, timelineFrame: 1200, loop: { start: 1000, end: 3500 } };
  const frames = 9000;
  const mixed = mixPlanned(clips, segments(anchor, 0, frames), frames);
  for (let p = 0; p < frames; p++) {
    const t = p < 2300 ? 1200 + p : 1000 + ((p - 2300) % 2500);
    const expected = mixReference(clips, t);
    assert.ok(Math.abs(mixed[p] - expected) < 1e-6, `playback frame ${p}: ${mixed[p]} is not ${expected}`);
  }
});
