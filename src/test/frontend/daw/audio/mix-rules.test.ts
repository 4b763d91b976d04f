import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  audibleClips,
  clipFrames,
  clipGain,
  fadeAt,
  fadeCurve,
  levelGain,
  panStereo,
  soundingTracks,
} from '../../../../../frontend/daw/audio/mix-rules';
import { clip, close, project, track } from './fixtures';

test('track and master levels are 10^(dB/20), with −96 dB silent', () => {
  assert.equal(levelGain(0), 1);
  close(levelGain(6), 1.9952623149688795);
  close(levelGain(-20), 0.1);
  assert.equal(levelGain(-96), 0);
  assert.ok(levelGain(-95.9) > 0);
  close(clipGain(-60), 0.001);
  close(clipGain(12), 3.9810717055349722);
});

test('fade curves rise from 0 to 1 with the README formulas', () => {
  for (const curve of ['linear', 'exponential', 'logarithmic', 'scurve'] as const) {
    close(fadeCurve(curve, 0), 0, 1e-15, curve);
    close(fadeCurve(curve, 1), 1, 1e-15, curve);
  }
  close(fadeCurve('linear', 0.3), 0.3);
  close(fadeCurve('exponential', 0.5), 31 / 1023);
  close(fadeCurve('logarithmic', 0.5), Math.log2(512.5) / 10);
  close(fadeCurve('scurve', 0.5), 0.5);
  close(fadeCurve('scurve', 0.25), (1 - Math.SQRT1_2) / 2);
});

test('clip frames round position and length, and divide the offset by the stretch', () => {
  const warped = clip('c', {
    position: 1.00001,
    length: 2,
    offset: 3,
    warp: true,
    source: { ...clip('x').source, bpm: 100 },
  });
  const f = clipFrames(warped, 125, 48000);
  assert.equal(f.position, 48000);
  assert.equal(f.length, 96000);
  assert.equal(f.stretch, 1.25);
  assert.equal(f.streamOffset, Math.round((3 * 48000) / 1.25));
  assert.equal(clipFrames({ ...warped, warp: false }, 125, 48000).streamOffset, 144000);
  assert.equal(clipFrames(warped, 999, 48000).stretch, 4, 'the stretch is clamped to 4');
});

test('fade-in takes what it asks for, fade-out only what is left of the clip', () => {
  const f = clipFrames(clip('c', { length: 1, fadeIn: 0.75, fadeOut: 0.5 }), 120, 1000);
  assert.equal(f.fadeIn, 750);
  assert.equal(f.fadeOut, 250);
  const g = clipFrames(clip('c', { length: 1, fadeIn: 2, fadeOut: 0.5 }), 120, 1000);
  assert.equal(g.fadeIn, 1000);
  assert.equal(g.fadeOut, 0);
});

test('fade(n) follows the fade-in, then 1, then the fade-out', () => {
  const f = clipFrames(
    clip('c', { length: 1, fadeIn: 0.1, fadeInCurve: 'scurve', fadeOut: 0.2, fadeOutCurve: 'exponential' }),
    120,
    1000,
  );
  assert.equal(fadeAt(f, 0), 0);
  close(fadeAt(f, 50), 0.5);
  assert.equal(fadeAt(f, 100), 1);
  assert.equal(fadeAt(f, 799), 1);
  assert.equal(fadeAt(f, 800), 1);
  close(fadeAt(f, 900), 31 / 1023);
  close(fadeAt(f, 999), (2 ** (10 * 0.005) - 1) / 1023);
});

test('the pan law is equal-power, keeping both channels at the centre', () => {
  assert.deepEqual(
    panStereo(0, 0.5, 0.25).map((x) => Math.round(x * 1e12) / 1e12),
    [0.5, 0.25],
  );
  const left = panStereo(-1, 0.5, 0.25);
  close(left[0], 0.75);
  close(left[1], 0);
  const right = panStereo(1, 0.5, 0.25);
  close(right[0], 0);
  close(right[1], 0.75);
  const half = panStereo(0.5, 1, 0);
  close(half[0], Math.SQRT1_2);
  close(half[1], Math.SQRT1_2);
  const halfLeft = panStereo(-0.5, 0, 1);
  close(halfLeft[0], Math.SQRT1_2);
  close(halfLeft[1], Math.SQRT1_2);
});

test('a track sounds unless muted, and only soloed tracks sound once one is soloed', () => {
  const tracks = [track('a'), track('b', { mute: true }), track('c')];
  assert.deepEqual([...soundingTracks(tracks)], ['a', 'c']);
  tracks[2] = track('c', { solo: true });
  assert.deepEqual([...soundingTracks(tracks)], ['c']);
  tracks[1] = track('b', { mute: true, solo: true });
  assert.deepEqual([...soundingTracks(tracks)], ['c'], 'mute wins over solo');
});

test('muted clips and clips of silent tracks are not heard', () => {
  const state = project({
    tracks: [track('t1'), track('t2', { mute: true })],
    clips: [clip('a'), clip('b', { mute: true }), clip('c', { trackId: 't2' })],
  });
  assert.deepEqual(
    audibleClips(state).map((c) => c.id),
    ['a'],
  );
});
