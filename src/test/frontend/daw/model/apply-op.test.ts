import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyBatch, applyOp, OpRefused } from '../../../../../frontend/daw/model/apply-op';
import { project } from './fixtures';

test('set changes one property and leaves the given state untouched', () => {
  const before = project();
  const after = applyOp(before, { op: 'set', kind: 'clip', id: 'c2', prop: 'position', value: 20 });
  assert.equal(after.clips.find((c) => c.id === 'c2')?.position, 20);
  assert.equal(before.clips.find((c) => c.id === 'c2')?.position, 12);
  assert.equal(after.clips[0], before.clips[0], 'unchanged objects are shared');
});

test('adding an existing id, or setting or deleting a missing object, is refused with the reason', () => {
  const state = project();
  assert.throws(() => applyOp(state, { op: 'add', kind: 'marker', id: 'm1', value: { name: 'x', position: 1 } }), {
    message: /marker m1: already exists/,
  });
  assert.throws(() => applyOp(state, { op: 'set', kind: 'track', id: 'nope', prop: 'pan', value: 0 }), {
    message: /no such object/,
  });
  assert.throws(() => applyOp(state, { op: 'delete', kind: 'clip', id: 'nope' }), OpRefused);
  assert.throws(() => applyOp(state, { op: 'set', kind: 'track', id: 't1', prop: 'size', value: 1 }), {
    message: /no such property/,
  });
});

test('values out of range are refused', () => {
  const state = project();
  const refused = (prop: string, value: unknown, kind: 'track' | 'clip' = 'track', id = 't1') =>
    assert.throws(() => applyOp(state, { op: 'set', kind, id, prop, value }), OpRefused, `${prop} = ${value}`);
  refused('volumeDb', 7);
  refused('volumeDb', -97);
  refused('pan', 1.5);
  refused('color', 'red');
  refused('name', '');
  refused('name', 'x'.repeat(101));
  refused('order', Number.NaN);
  refused('mute', 1);
  refused('gainDb', 13, 'clip', 'c1');
  refused('length', 0, 'clip', 'c1');
  refused('position', -1, 'clip', 'c1');
  refused('position', 86_401, 'clip', 'c1');
  refused('fadeInCurve', 'cubic', 'clip', 'c1');
  refused('trackId', 'nope', 'clip', 'c1');
  refused('source', { trackId: 'x', stem: null }, 'clip', 'c1');
  for (const [prop, value] of [
    ['bpm', 19],
    ['meter', '5/4'],
    ['sampleRate', 22050],
    ['masterDb', 6.5],
    ['loop', { start: 4, end: 4 }],
    ['loopOn', 'yes'],
  ] as const) {
    assert.throws(() => applyOp(state, { op: 'set', kind: 'project', prop, value }), OpRefused, prop);
  }
});

test('a clip’s source only changes its tempo facts, as the server sends when its beat grid was edited', () => {
  const state = project();
  const c1 = state.clips.find((c) => c.id === 'c1')!;
  const retempo = (source: unknown) =>
    applyOp(state, { op: 'set', kind: 'clip', id: 'c1', prop: 'source', value: source });
  const after = retempo({ ...c1.source, bpm: 60, firstBeat: 0.25 });
  assert.deepEqual(after.clips.find((c) => c.id === 'c1')?.source, { ...c1.source, bpm: 60, firstBeat: 0.25 });
  assert.equal(c1.source.bpm, 120, 'the given state is untouched');
  assert.throws(() => retempo({ ...c1.source, trackId: 'other' }), { message: /only a source’s bpm and firstBeat/ });
  assert.throws(() => retempo({ ...c1.source, duration: 61 }), OpRefused);
  assert.throws(() => retempo({ ...c1.source, bpm: -1 }), { message: /null or positive/ });
  assert.throws(() => retempo({ ...c1.source, bpm: 0 }), { message: /null or positive/ });
  assert.throws(() => retempo({ ...c1.source, firstBeat: -0.1 }), { message: /a time in the source/ });
  const onTheFirstSample = retempo({ ...c1.source, bpm: 125, firstBeat: 0 });
  assert.equal(onTheFirstSample.clips.find((c) => c.id === 'c1')?.source.firstBeat, 0, 'a first beat at 0 s');
  assert.throws(() => retempo(null), OpRefused);
});

test('a clip may not read past its source, and only a source with a tempo warps', () => {
  const state = project();
  assert.throws(() => applyOp(state, { op: 'set', kind: 'clip', id: 'c1', prop: 'offset', value: 55 }), {
    message: /past the end of its source/,
  });
  assert.throws(() => applyOp(state, { op: 'set', kind: 'clip', id: 'c2', prop: 'warp', value: true }), {
    message: /warp needs a source with a tempo/,
  });
  // c3's source is at 100 bpm, the project at 120: warped, it reads 1.2 source seconds per second
  const long = applyOp(state, { op: 'set', kind: 'clip', id: 'c3', prop: 'length', value: 55 });
  assert.throws(() => applyOp(long, { op: 'set', kind: 'clip', id: 'c3', prop: 'warp', value: true }), OpRefused);
  const warped = applyOp(state, { op: 'set', kind: 'clip', id: 'c3', prop: 'warp', value: true });
  assert.equal(warped.clips.find((c) => c.id === 'c3')?.warp, true);
  // a later tempo change is never refused for that reason
  assert.equal(applyOp(warped, { op: 'set', kind: 'project', prop: 'bpm', value: 400 }).bpm, 400);
});

test('add fills the defaults and keeps the source; deleting a track deletes its clips', () => {
  const added = applyOp(project(), {
    op: 'add',
    kind: 'clip',
    id: 'c9',
    value: { trackId: 't2', source: { trackId: 'lib', stem: 'bass', duration: 20, bpm: null, firstBeat: null } },
  });
  const clip = added.clips.find((c) => c.id === 'c9');
  assert.deepEqual(
    [clip?.gainDb, clip?.fadeInCurve, clip?.mute, clip?.warp, clip?.length, clip?.source.stem],
    [0, 'linear', false, false, 20, 'bass'],
  );
  const deleted = applyOp(added, { op: 'delete', kind: 'track', id: 't1' });
  assert.deepEqual(
    deleted.clips.map((c) => c.id),
    ['c3', 'c9'],
  );
});

test('a batch applies all or none, each operation seeing the ones before it', () => {
  const state = project();
  const next = applyBatch(state, {
    id: 'b',
    ops: [
      { op: 'add', kind: 'track', id: 't3', value: { name: 'Vox', color: '#ffffff', order: 3 } },
      { op: 'set', kind: 'clip', id: 'c1', prop: 'trackId', value: 't3' },
    ],
  });
  assert.equal(next.clips.find((c) => c.id === 'c1')?.trackId, 't3');
  assert.throws(() =>
    applyBatch(state, {
      id: 'b',
      ops: [
        { op: 'set', kind: 'clip', id: 'c1', prop: 'position', value: 3 },
        { op: 'delete', kind: 'clip', id: 'missing' },
      ],
    }),
  );
  assert.equal(state.clips[0].position, 0);
});

test('an add as the server publishes it, id included, applies; a different id in the value is refused', () => {
  const state = project();
  const value = { id: 't9', name: 'Keys', color: '#abcdef', volumeDb: -2, pan: 0, mute: false, solo: false, order: 5 };
  const added = applyOp(state, { op: 'add', kind: 'track', id: 't9', value });
  assert.deepEqual(
    added.tracks.find((t) => t.id === 't9'),
    value,
  );
  assert.throws(() => applyOp(state, { op: 'add', kind: 'track', id: 't8', value }), { message: /id differs/ });
  const bare = applyOp(state, { op: 'add', kind: 'track', id: 't7', value: {} }).tracks.find((t) => t.id === 't7');
  assert.deepEqual([bare?.name, bare?.color, bare?.order], ['Track 3', '#4a90d9', 3], 'the server’s defaults');
});
