import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zoneAt, gainAt, gainY } from '../../../../frontend/daw/clip-geometry';
import { actionFor, DAW_KEYS } from '../../../../frontend/daw/daw-keymap';
import { fadeGain } from '../../../../frontend/daw/fade-shapes';
import { gridLines } from '../../../../frontend/daw/grid-lines';
import { opsForDrop, parseDraggedSource } from '../../../../frontend/daw/library-drop';
import { applyBatch } from '../../../../frontend/daw/model/apply-op';
import { timeAt, visibleRows, xOf, zoomAround, zoomToSpan } from '../../../../frontend/daw/timeline-view';
import { project } from './model/fixtures';

const key = (k: string, mods: { ctrl?: boolean; shift?: boolean } = {}) =>
  actionFor({ key: k, ctrlKey: !!mods.ctrl, metaKey: false, shiftKey: !!mods.shift });

test('shortcuts map to their actions, with and without modifiers', () => {
  assert.equal(key(' '), 'play');
  assert.equal(key('s'), 'split');
  assert.equal(key('S', { shift: true }), null, 'Shift+S is not split');
  assert.equal(key('d', { ctrl: true }), 'duplicate');
  assert.equal(key('z', { ctrl: true }), 'undo');
  assert.equal(key('Z', { ctrl: true, shift: true }), 'redo');
  assert.equal(key('y', { ctrl: true }), 'redo');
  assert.equal(key('?', { shift: true }), 'help');
  assert.equal(key('+', { shift: true }), 'zoom-in');
  assert.equal(key('ArrowLeft', { shift: true }), 'nudge-bar-left');
  const bound = DAW_KEYS.map((k) => `${k.key} ${!!k.ctrl} ${!!k.shift}`);
  assert.equal(new Set(bound).size, bound.length, 'no key is bound twice');
});

test('a drop on a lane adds a clip there; below the last lane it adds a track holding the clip', () => {
  const state = project();
  const source = parseDraggedSource(
    JSON.stringify({ trackId: 'lib9', stem: 'vocals', name: 'Vox', duration: 30, bpm: 128, firstBeat: 0.1 }),
  );
  assert.ok(source);
  let n = 0;
  const onLane = opsForDrop(state.tracks, source, 1, 8, () => `new${++n}`);
  assert.deepEqual(
    onLane.map((op) => `${op.op} ${op.kind}`),
    ['add clip'],
  );
  const added = applyBatch(state, { id: 'b', ops: onLane });
  const clip = added.clips.find((c) => c.id === 'new1')!;
  assert.deepEqual([clip.trackId, clip.position, clip.length, clip.source.stem], ['t2', 8, 30, 'vocals']);
  const below = applyBatch(state, { id: 'b', ops: opsForDrop(state.tracks, source, 2, 0, () => `new${++n}`) });
  assert.equal(below.tracks.length, 3);
  assert.equal(below.clips.find((c) => c.id === 'new3')?.trackId, 'new2');
  assert.ok(below.tracks.find((t) => t.id === 'new2')!.order > 2, 'the new track comes last');
  assert.equal(parseDraggedSource('{"trackId": "x"}'), null, 'a drop without duration is not a source');
  assert.equal(parseDraggedSource('not json'), null);
});

test('time and pixels convert both ways, and zooming keeps the time under the pointer', () => {
  const v = { pxPerSecond: 50, scrollLeft: 100, scrollTop: 0, width: 800, height: 300 };
  assert.equal(xOf(v, 4), 100);
  assert.equal(timeAt(v, 100), 4);
  const z = zoomAround(v, 2, 100);
  assert.equal(z.pxPerSecond, 100);
  assert.equal(timeAt({ ...v, ...z }, 100), 4);
  const fit = zoomToSpan(0, 100, 1000);
  assert.equal(fit.pxPerSecond, 9.5);
  assert.deepEqual(visibleRows({ ...v, scrollTop: 80 }, 32), [1, 5]);
  assert.deepEqual(visibleRows({ ...v, scrollTop: 80 }, 3), [1, 2]);
});

test('grid lines thin out when zoomed out and show beats when zoomed in', () => {
  const near = gridLines({ pxPerSecond: 100, scrollLeft: 0, scrollTop: 0, width: 400, height: 10 }, 120, '4/4');
  assert.deepEqual(
    near.slice(0, 5).map((l) => [l.t, l.bar]),
    [
      [0, 1],
      [0.5, 0],
      [1, 0],
      [1.5, 0],
      [2, 2],
    ],
  );
  const far = gridLines({ pxPerSecond: 1, scrollLeft: 0, scrollTop: 0, width: 400, height: 10 }, 120, '4/4');
  assert.ok(far.every((l) => l.bar > 0));
  assert.ok(far.length < 60);
});

test('fade curves rise from 0 to 1 as the README defines them', () => {
  for (const c of ['linear', 'exponential', 'logarithmic', 'scurve'] as const) {
    assert.equal(fadeGain(c, 0), 0);
    assert.ok(Math.abs(fadeGain(c, 1) - 1) < 1e-12);
  }
  assert.ok(Math.abs(fadeGain('scurve', 0.5) - 0.5) < 1e-12);
  assert.ok(fadeGain('exponential', 0.5) < 0.05 && fadeGain('logarithmic', 0.5) > 0.9);
});

test('the zones of a clip: fade handles at the top corners, edges, gain line, body', () => {
  const clip = { ...project().clips[0], fadeIn: 1, fadeOut: 0, gainDb: 0 };
  const box = { left: 0, right: 400, top: 0, bottom: 72 };
  const pps = 40;
  assert.equal(zoneAt(clip, box, 40, 3, pps), 'fade-in');
  assert.equal(zoneAt(clip, box, 398, 3, pps), 'fade-out');
  assert.equal(zoneAt(clip, box, 2, 40, pps), 'start');
  assert.equal(zoneAt(clip, box, 397, 40, pps), 'end');
  assert.equal(zoneAt(clip, box, 200, gainY(box, 0), pps), 'gain');
  assert.equal(zoneAt(clip, box, 200, 66, pps), 'body');
  assert.ok(Math.abs(gainAt(box, gainY(box, -6)) + 6) < 1e-9);
});
