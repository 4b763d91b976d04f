import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Arrangement } from '../../../../../frontend/daw/audio/arrangement';
import { clip, project, track } from './fixtures';

const RATE = 44100;
const source = (trackId: string, duration = 60, stem: 'drums' | null = null) => ({
  trackId,
  stem,
  duration,
  bpm: 100,
  firstBeat: 0,
});

test('clips are found by the timeline frames they sound in', () => {
  const state = project({
    sampleRate: RATE,
    clips: [
      clip('late', { position: 30, length: 1 }),
      clip('long', { position: 0, length: 25 }),
      clip('short', { position: 10, length: 1 }),
      clip('muted', { position: 10, length: 1, mute: true }),
    ],
  });
  const arrangement = new Arrangement(state, 'p');
  const ids = (from: number, to: number) => arrangement.overlapping(from * RATE, to * RATE).map((c) => c.clip.id);
  assert.deepEqual(ids(10.5, 12), ['long', 'short']);
  assert.deepEqual(ids(11, 26), ['long']);
  assert.deepEqual(ids(25, 30), []);
  assert.deepEqual(ids(29, 31), ['late']);
  assert.deepEqual(ids(31, 40), []);
});

test('the chunks a stretch of playback needs come once each, in the order they are first heard', () => {
  const state = project({
    sampleRate: RATE,
    bpm: 125,
    tracks: [track('t1'), track('t2')],
    clips: [
      clip('a', { source: source('libA'), position: 2, offset: 3, length: 10 }),
      clip('b', { trackId: 't2', source: source('libB', 60, 'drums'), position: 0, offset: 0, length: 3, warp: true }),
      clip('a2', { source: source('libA'), position: 5, offset: 3, length: 1 }),
    ],
  });
  const arrangement = new Arrangement(state, 'p');
  const anchors = [{ playFrame: 0, timelineFrame: 0, loop: null }];
  const requests = arrangement.requestsFor(anchors, 0, 6 * RATE);
  assert.deepEqual(
    requests.map((r) => [r.sourceTrackId, r.stream, r.stretch, r.chunk]),
    [
      ['libB', 'drums', 1.25, 0],
      ['libA', 'mix', 1, 0],
      ['libA', 'mix', 1, 1],
    ],
  );
  assert.deepEqual(requests[0], {
    projectId: 'p',
    sourceTrackId: 'libB',
    stream: 'drums',
    rate: RATE,
    stretch: 1.25,
    chunk: 0,
  });
});

test('no chunk is asked for past the end of a stream', () => {
  const state = project({ sampleRate: RATE, clips: [clip('a', { source: source('libA', 5), offset: 0, length: 20 })] });
  const arrangement = new Arrangement(state, 'p');
  const chunks = arrangement.requestsFor([{ playFrame: 0, timelineFrame: 0, loop: null }], 0, 20 * RATE);
  assert.deepEqual(
    chunks.map((r) => r.chunk),
    [0, 1],
  );
  const [span] = arrangement.spans({ playFrame: 0, timelineFrame: 0, loop: null }, 0, 20 * RATE);
  assert.equal(arrangement.requestOf(span.clip, 2), null);
});
