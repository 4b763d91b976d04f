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
