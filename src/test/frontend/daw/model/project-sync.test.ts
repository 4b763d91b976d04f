import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inverseOf } from '../../../../../frontend/daw/model/inverse';
import { ProjectSync } from '../../../../../frontend/daw/model/project-sync';
import type { AppliedBatch, DawOp, OpBatch } from '../../../../../frontend/daw/model/project-types';
import { UndoStack } from '../../../../../frontend/daw/model/undo-stack';
import { content, project, random, randomBatch, SimulatedServer } from './fixtures';

const setPan = (id: string, value: number): OpBatch => ({
  id,
  ops: [{ op: 'set', kind: 'track', id: 't1', prop: 'pan', value }],
});

test('two clients writing the same property end with the later one in the server order on both', () => {
  const server = new SimulatedServer(project());
  const a = new ProjectSync(project());
  const b = new ProjectSync(project());
  a.submit(setPan('a1', -0.5));
  b.submit(setPan('b1', 0.5));
  assert.equal(a.visible.tracks[0].pan, -0.5);
  const first = server.accept(a.pending[0], 'a') as AppliedBatch;
  const second = server.accept(b.pending[0], 'b') as AppliedBatch;
  for (const client of [a, b]) {
    client.receive(first);
    client.receive(second);
    assert.equal(client.visible.tracks[0].pan, 0.5);
    assert.equal(client.pending.length, 0);
    assert.equal(client.confirmed.seq, 2);
  }
});

test('a pending own edit stays visible over others’ batches until the server confirms it', () => {
  const server = new SimulatedServer(project());
  const a = new ProjectSync(project());
  a.submit(setPan('a1', -0.5));
  const other = server.accept(setPan('b1', 0.9), 'b') as AppliedBatch;
  a.receive(other);
  assert.equal(a.confirmed.tracks[0].pan, 0.9);
  assert.equal(a.visible.tracks[0].pan, -0.5, 'the own edit is still on top');
  a.receive(server.accept(a.pending[0], 'a') as AppliedBatch);
  assert.equal(a.visible.tracks[0].pan, -0.5);
});

test('random edits of three clients through one server order converge to the server state', () => {
  const rnd = random(42);
  const server = new SimulatedServer(project());
  const clients = [new ProjectSync(project()), new ProjectSync(project()), new ProjectSync(project())];
  const published: AppliedBatch[] = [];
  const delivered = clients.map(() => 0);
  for (let round = 0; round < 200; round++) {
    const c = Math.floor(rnd() * clients.length);
    const client = clients[c];
    if (rnd() < 0.5) {
      const batch = randomBatch(client.visible, rnd);
      if (batch.ops.length) client.submit(batch);
    } else if (client.pending.length) {
      const batch = client.pending[0];
      const answer = server.accept(batch, String(c));
      if (typeof answer === 'string') client.refused(batch.id);
      else published.push(answer);
    }
    const k = Math.floor(rnd() * clients.length);
    while (delivered[k] < published.length && rnd() < 0.7) clients[k].receive(published[delivered[k]++]);
  }
  clients.forEach((client, c) => {
    for (const batch of [...client.pending]) {
      const answer = server.accept(batch, String(c));
      if (typeof answer === 'string') client.refused(batch.id);
      else published.push(answer);
    }
  });
  clients.forEach((client, k) => {
    while (delivered[k] < published.length) client.receive(published[delivered[k]++]);
    assert.equal(client.pending.length, 0);
    assert.deepEqual(content(client.visible), content(server.state));
  });
});

test('a refused batch is rolled back and the later pending ones stay', () => {
  const a = new ProjectSync(project());
  a.submit(setPan('a1', -0.5));
  a.submit({ id: 'a2', ops: [{ op: 'set', kind: 'track', id: 't2', prop: 'name', value: 'Sub' }] });
  a.refused('a1');
  assert.equal(a.visible.tracks[0].pan, 0);
  assert.equal(a.visible.tracks[1].name, 'Sub');
  assert.deepEqual(
    a.pending.map((b) => b.id),
    ['a2'],
  );
});

test('a locally refused batch changes nothing and is not kept', () => {
  const a = new ProjectSync(project());
  assert.throws(() => a.submit(setPan('a1', 3)));
  assert.equal(a.pending.length, 0);
  assert.equal(a.visible.tracks[0].pan, 0);
});

test('a batch that skips sequence numbers reports the gap and is not applied; reset takes the fresh state', () => {
  const gaps: number[] = [];
  const a = new ProjectSync(project(), (seq) => gaps.push(seq));
  const ops: DawOp[] = setPan('x', 0.3).ops;
  assert.equal(a.receive({ batch: 'x', actor: { id: 'u', name: 'U' }, origin: null, from: 3, seq: 3, ops }), false);
  assert.deepEqual(gaps, [0]);
  assert.equal(a.visible.tracks[0].pan, 0);
  a.submit(setPan('mine', -1));
  a.reset({ ...project(), seq: 3, name: 'Fresh' });
  assert.equal(a.visible.name, 'Fresh');
  assert.equal(a.visible.tracks[0].pan, -1, 'the pending own batch stays on top');
  assert.equal(a.receive({ batch: 'old', actor: { id: 'u', name: 'U' }, origin: null, from: 2, seq: 2, ops }), true);
  assert.equal(a.confirmed.seq, 3, 'a batch the state already holds is ignored');
});

test('undo and redo round trips restore each state, one step per batch, and a new edit clears redo', () => {
  const rnd = random(3);
  const sync = new ProjectSync(project());
  const undo = new UndoStack();
  const states = [sync.visible];
  let n = 0;
  const send = (ops: DawOp[]) => {
    const batch = { id: `b${++n}`, ops };
    const inverse = inverseOf(sync.visible, batch);
    sync.submit(batch);
    return { undo: inverse, redo: ops };
  };
  for (let i = 0; i < 120; i++) {
    const batch = randomBatch(sync.visible, rnd);
    undo.record(send(batch.ops));
    states.push(sync.visible);
  }
  for (let i = 120; i > 0; i--) {
    const step = undo.takeUndo();
    assert.ok(step);
    undo.undone(send(step.undo));
    assert.deepEqual(content(sync.visible), content(states[i - 1]), `undo to ${i - 1}`);
  }
  assert.equal(undo.canUndo, false);
  for (let i = 1; i <= 120; i++) {
    const step = undo.takeRedo();
    assert.ok(step);
    undo.redone(send(step.undo));
    assert.deepEqual(content(sync.visible), content(states[i]), `redo to ${i}`);
  }
  undo.undone(send(undo.takeUndo()!.undo));
  assert.equal(undo.canRedo, true);
  undo.record(send([{ op: 'set', kind: 'project', prop: 'name', value: 'New' }]));
  assert.equal(undo.canRedo, false);
});
