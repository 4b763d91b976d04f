import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emit } from '../../../../frontend/shared/events';
import '../../../../frontend/dj/dj-events';

test('emit fires a bubbling, composed CustomEvent carrying the detail', () => {
  const target = new EventTarget();
  const seen: CustomEvent[] = [];
  target.addEventListener('sfa-mixer-master', (e) => seen.push(e as CustomEvent));

  emit(target, 'sfa-mixer-master', { value: 0.5 });

  assert.equal(seen.length, 1);
  assert.deepEqual(seen[0].detail, { value: 0.5 });
  assert.ok(seen[0].bubbles);
  assert.ok(seen[0].composed);
});
