import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyBatch } from '../../../../../frontend/daw/model/apply-op';
import { renameMarker } from '../../../../../frontend/daw/model/marker-name';
import { project } from './fixtures';

test('a marker is renamed by one operation, its name trimmed', () => {
  const state = project();
  const ops = renameMarker(state, 'm1', '  Chorus ');
  assert.deepEqual(ops, [{ op: 'set', kind: 'marker', id: 'm1', prop: 'name', value: 'Chorus' }]);
  assert.equal(applyBatch(state, { id: 'b', ops: ops as never }).markers[0].name, 'Chorus');
});

test('the same name sends nothing; an empty or too long name, or a marker gone, is refused with a reason', () => {
  const state = project();
  assert.deepEqual(renameMarker(state, 'm1', ' Drop '), []);
  assert.deepEqual(renameMarker(state, 'm1', '   '), { refused: 'A marker needs a name' });
  assert.deepEqual(renameMarker(state, 'm1', 'x'.repeat(101)), {
    refused: "A marker's name has at most 100 characters",
  });
  assert.ok(Array.isArray(renameMarker(state, 'm1', 'x'.repeat(100))), '100 characters are allowed');
  assert.deepEqual(renameMarker(state, 'gone', 'Intro'), { refused: 'The marker is gone' });
});
