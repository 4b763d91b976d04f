import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EditSession, VIEW_ONLY } from '../../../../frontend/daw/edit-session';
import type { DawOp, OpBatch } from '../../../../frontend/daw/model/project-types';
import { project } from './model/fixtures';

function session() {
  const sent: OpBatch[] = [];
  const resyncs: number[] = [];
  const refusals: string[] = [];
  let n = 0;
  const s = new EditSession(
    { send: (b) => sent.push(b), resync: (seq) => resyncs.push(seq), refusedHere: (r) => refusals.push(r) },
    () => `b${++n}`,
  );
  s.load(project());
  return { s, sent, resyncs, refusals };
}
const pan = (value: number): DawOp[] => [{ op: 'set', kind: 'track', id: 't1', prop: 'pan', value }];

test('each commit sends one batch and is one undo step; undo and redo are sent as batches too', () => {
  const { s, sent } = session();
  s.commit(pan(0.5));
  s.commit(pan(-0.5));
  s.undo();
  assert.equal(s.visible.tracks[0].pan, 0.5);
  s.undo();
  assert.equal(s.visible.tracks[0].pan, 0);
  assert.equal(s.canUndo, false);
  s.redo();
  assert.equal(s.visible.tracks[0].pan, 0.5);
  assert.deepEqual(
    sent.map((b) => [b.id, (b.ops[0] as { value: number }).value]),
    [
      ['b1', 0.5],
      ['b2', -0.5],
      ['b3', 0.5],
      ['b4', 0],
      ['b5', 0.5],
    ],
  );
  s.commit(pan(0.1));
  assert.equal(s.canRedo, false, 'a new edit clears redo');
});

test('a batch refused here is not sent and leaves no step; one refused by the server loses its step', () => {
  const { s, sent, refusals } = session();
  assert.equal(s.commit(pan(2)), false);
  assert.equal(sent.length, 0);
  assert.match(refusals[0], /pan: must be a number in -1 … 1/);
  assert.equal(s.canUndo, false);
  s.commit(pan(0.3));
  s.refused(sent[0].id);
  assert.equal(s.visible.tracks[0].pan, 0);
  assert.equal(s.canUndo, false);
});

test('a gap asks for a resync once until the state is loaded again', () => {
  const { s, resyncs } = session();
  const gap = { batch: 'x', actor: { id: 'u', name: 'U' }, origin: null, from: 4, seq: 4, ops: pan(0.2) };
  s.receive(gap);
  s.receive({ ...gap, from: 5, seq: 5 });
  assert.deepEqual(resyncs, [0]);
  s.load({ ...project(), seq: 5 });
  s.receive({ ...gap, from: 7, seq: 7 });
  assert.deepEqual(resyncs, [0, 5]);
});

test('hearing that the server is further asks for what came after the last batch applied, each time until it comes', () => {
  const { s, resyncs } = session();
  const batch = (seq: number) => ({
    batch: `x${seq}`,
    actor: { id: 'u', name: 'U' },
    origin: null,
    from: seq,
    seq,
    ops: pan(seq / 10),
  });
  s.receive(batch(1));
  s.heard(1);
  assert.deepEqual(resyncs, [], 'not when it is up to date');
  s.heard(3);
  s.receive(batch(3));
  assert.deepEqual(resyncs, [1], 'the gap seen while it waits asks nothing more');
  s.heard(3);
  assert.deepEqual(resyncs, [1, 1], 'heard again: a lost answer is asked for again');
  s.receive(batch(2));
  s.receive(batch(3));
  assert.equal(s.seq, 3);
  s.heard(3);
  s.receive(batch(5));
  assert.deepEqual(resyncs, [1, 1, 3], 'once caught up, a new gap asks again');
});

function remote(seq: number, ops: DawOp[]) {
  return { batch: `r${seq}`, actor: { id: 'nora', name: 'Nora' }, origin: null, from: seq, seq, ops };
}

test('undo reverts my edit only: a property someone else set since keeps their value', () => {
  const { s, sent, refusals } = session();
  s.commit([{ op: 'set', kind: 'clip', id: 'c1', prop: 'position', value: 2 }]);
  s.commit([{ op: 'set', kind: 'clip', id: 'c2', prop: 'gainDb', value: -6 }]);
  s.receive({ batch: sent[0].id, actor: { id: 'me', name: 'Me' }, origin: null, from: 1, seq: 1, ops: sent[0].ops });
  s.receive({ batch: sent[1].id, actor: { id: 'me', name: 'Me' }, origin: null, from: 2, seq: 2, ops: sent[1].ops });
  s.receive(remote(3, [{ op: 'set', kind: 'clip', id: 'c2', prop: 'gainDb', value: -12 }]));
  s.receive(remote(4, [{ op: 'set', kind: 'clip', id: 'c1', prop: 'fadeIn', value: 1 }]));

  s.undo();
  assert.equal(s.visible.clips.find((c) => c.id === 'c2')?.gainDb, -12, "Nora's gain stays");
  assert.match(refusals.at(-1) ?? '', /others have changed it since/);
  assert.equal(sent.length, 2, 'nothing was sent for a step that is all theirs now');

  s.undo();
  const c1 = s.visible.clips.find((c) => c.id === 'c1');
  assert.equal(c1?.position, 0, 'my move is undone');
  assert.equal(c1?.fadeIn, 1, 'her fade on the same clip survives');
});

test('undoing my add leaves an object someone else changed since; redo does not add a deleted object twice', () => {
  const { s, sent, refusals } = session();
  const marker: DawOp = { op: 'add', kind: 'marker', id: 'm2', value: { name: 'Verse', position: 8 } };
  s.commit([marker]);
  s.receive({ batch: sent[0].id, actor: { id: 'me', name: 'Me' }, origin: null, from: 1, seq: 1, ops: sent[0].ops });
  s.receive(remote(2, [{ op: 'set', kind: 'marker', id: 'm2', prop: 'position', value: 9 }]));
  s.undo();
  assert.ok(
    s.visible.markers.some((m) => m.id === 'm2'),
    'her moved marker stays',
  );
  assert.match(refusals.at(-1) ?? '', /others have changed it since/);

  s.commit([{ op: 'delete', kind: 'marker', id: 'm1' }]);
  s.undo();
  assert.ok(
    s.visible.markers.some((m) => m.id === 'm1'),
    'my delete is undone',
  );
  s.receive(remote(3, [{ op: 'delete', kind: 'marker', id: 'm1' }]));
  s.redo();
  assert.match(refusals.at(-1) ?? '', /others have changed it since/, 'already deleted by someone else');
});

test('a read-only session sends nothing, undo and redo included, and keeps its history for when it may edit', () => {
  const { s, sent, refusals } = session();
  s.commit(pan(0.5));
  s.readOnly = true;
  assert.equal(s.commit(pan(-0.5)), false);
  s.undo();
  assert.equal(sent.length, 1);
  assert.deepEqual(refusals, [VIEW_ONLY, VIEW_ONLY]);
  assert.equal(s.visible.tracks[0].pan, 0.5);
  assert.equal(s.canUndo, true);
  s.readOnly = false;
  s.undo();
  assert.equal(s.visible.tracks[0].pan, 0);
  assert.equal(sent.length, 2);
});
