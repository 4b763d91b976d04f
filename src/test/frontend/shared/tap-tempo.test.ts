import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TapTempo } from '../../../../frontend/shared/tap-tempo';

test('three taps or more give the BPM of their median interval', () => {
  const tapper = new TapTempo();
  assert.equal(tapper.tap(1000), null);
  assert.equal(tapper.tap(1500), null);
  assert.equal(tapper.tap(2000), 120);
  assert.equal(tapper.tap(2480), 120);
  assert.equal(tapper.tap(3000), 120);
});

test('one stray tap does not move the tempo', () => {
  const tapper = new TapTempo();
  [0, 469, 938, 1300, 1876, 2345, 2814].forEach((t) => tapper.tap(t));
  assert.equal(tapper.bpm, 127.93);
});

test('a pause starts over', () => {
  const tapper = new TapTempo(2000);
  [0, 500, 1000].forEach((t) => tapper.tap(t));
  assert.equal(tapper.tap(5000), null);
  assert.equal(tapper.count, 1);
});
