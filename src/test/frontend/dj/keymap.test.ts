import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bindingFor, DEFAULT_KEYS } from '../../../../frontend/dj/keymap';

test('keys map to deck and mixer targets, Shift choosing deck B hot cues and Alt deleting', () => {
  assert.equal(bindingFor(DEFAULT_KEYS, 'KeyZ', false, false)?.target, 'deck0.play');
  assert.equal(bindingFor(DEFAULT_KEYS, 'Digit1', false, false)?.target, 'deck0.hotcue-0');
  assert.equal(bindingFor(DEFAULT_KEYS, 'Digit1', true, false)?.target, 'deck1.hotcue-0');
  assert.equal(bindingFor(DEFAULT_KEYS, 'Digit8', false, true)?.target, 'deck0.hotcue-delete-7');
  assert.equal(bindingFor(DEFAULT_KEYS, 'Slash', true, false)?.target, 'help');
  assert.equal(bindingFor(DEFAULT_KEYS, 'KeyZ', true, false), undefined);
});

test('held controls send a release and no key is bound twice', () => {
  assert.ok(bindingFor(DEFAULT_KEYS, 'KeyX', false, false)?.hold);
  assert.ok(bindingFor(DEFAULT_KEYS, 'KeyW', false, false)?.hold);
  const keys = DEFAULT_KEYS.map((b) => `${b.code} ${!!b.shift} ${!!b.alt}`);
  assert.equal(new Set(keys).size, keys.length);
});
