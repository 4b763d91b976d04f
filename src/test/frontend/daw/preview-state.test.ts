import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PreviewState } from '../../../../frontend/daw/preview-state';
import { project } from './model/fixtures';

test('a preview is applied on top of the state once per state and ops, and ends with null', () => {
  const preview = new PreviewState();
  const base = project();
  assert.equal(preview.over(base), base, 'no preview: the state itself');
  preview.set([{ op: 'set', kind: 'clip', id: 'c1', prop: 'position', value: 30 }]);
  const shown = preview.over(base);
  assert.equal(shown.clips.find((c) => c.id === 'c1')?.position, 30);
  assert.equal(base.clips.find((c) => c.id === 'c1')?.position, 0, 'the state is not changed');
  assert.equal(preview.over(base), shown, 'the same state and ops give the same object');
  const next = { ...base };
  assert.notEqual(preview.over(next), shown, 'a new state is previewed again');
  preview.set([]);
  assert.equal(preview.over(base), base, 'no operations end the preview');
});

test('a preview the rules refuse shows the state as it is', () => {
  const preview = new PreviewState();
  const base = project();
  preview.set([{ op: 'set', kind: 'clip', id: 'c1', prop: 'gainDb', value: 99 }]);
  assert.equal(preview.over(base), base);
});
