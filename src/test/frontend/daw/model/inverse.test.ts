import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyBatch } from '../../../../../frontend/daw/model/apply-op';
import { inverseOf } from '../../../../../frontend/daw/model/inverse';
import { content, project, random, randomBatch } from './fixtures';

test('the inverse of deleting a track adds it and its clips again', () => {
  const before = project();
  const batch = { id: 'b', ops: [{ op: 'delete', kind: 'track', id: 't1' } as const] };
  const inverse = inverseOf(before, batch);
  assert.deepEqual(
    inverse.map((op) => `${op.op} ${op.kind} ${'id' in op ? op.id : ''}`),
    ['add track t1', 'add clip c1', 'add clip c2'],
  );
  assert.deepEqual(content(applyBatch(applyBatch(before, batch), { id: 'u', ops: inverse })), content(before));
});

test('a set inside the same batch as an add of that object is undone by the delete alone', () => {
  const before = project();
  const batch = {
    id: 'b',
    ops: [
      { op: 'add', kind: 'marker', id: 'm2', value: { name: 'A', position: 1 } } as const,
      { op: 'set', kind: 'marker', id: 'm2', prop: 'position', value: 2 } as const,
    ],
  };
  const undone = applyBatch(applyBatch(before, batch), { id: 'u', ops: inverseOf(before, batch) });
  assert.deepEqual(content(undone), content(before));
});

test('applying a random batch and then its inverse gives the original state', () => {
  const rnd = random(7);
  let state = project();
  for (let i = 0; i < 300; i++) {
    const batch = randomBatch(state, rnd);
    const inverse = inverseOf(state, batch);
    const after = applyBatch(state, batch);
    assert.deepEqual(content(applyBatch(after, { id: 'u', ops: inverse })), content(state), JSON.stringify(batch));
    state = after;
  }
});
