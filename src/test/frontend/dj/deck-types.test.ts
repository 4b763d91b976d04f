import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultDeckState, parseJson, wrapInLoop } from '../../../../frontend/dj/deck-types';
import { defaultMixerState, mergeMixerState } from '../../../../frontend/dj/mixer-types';

test('a blank or broken property gives the fallback', () => {
  assert.deepEqual(parseJson('[1,2]', []), [1, 2]);
  assert.deepEqual(parseJson('', []), []);
  assert.deepEqual(parseJson('{broken', { ok: false }), { ok: false });
});

test('positions past an active loop wrap inside it; inactive loops do nothing', () => {
  const loop = { start: 10, end: 12, beats: 4, active: true };
  assert.equal(wrapInLoop(11, loop), 11);
  assert.equal(wrapInLoop(13.5, loop), 11.5);
  assert.equal(wrapInLoop(13.5, { ...loop, active: false }), 13.5);
  assert.equal(wrapInLoop(13.5, null), 13.5);
  assert.equal(defaultDeckState(2).deck, 2);
});

test('a partial mixer state from Java changes only what it names', () => {
  const merged = mergeMixerState(defaultMixerState(), {
    crossfader: 0.5,
    channels: [{ ...defaultMixerState().channels[0], fader: 0.2 }],
  });
  assert.equal(merged.crossfader, 0.5);
  assert.equal(merged.master, 0.8);
  assert.equal(merged.channels[0].fader, 0.2);
  assert.equal(merged.channels[1].fader, 1);
  assert.equal(merged.channels.length, 4);
});
