import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { FrameCoalescer } from '../../../../frontend/dj/coalesce';

let frames: (() => void)[] = [];
beforeEach(() => {
  frames = [];
  globalThis.requestAnimationFrame = (callback: FrameRequestCallback) => frames.push(() => callback(0));
  globalThis.cancelAnimationFrame = (id: number) => {
    frames[id - 1] = () => {};
  };
});

test('rapid notifications send once per frame per key, with the latest value', () => {
  const sent: string[] = [];
  const coalescer = new FrameCoalescer();
  coalescer.schedule('tempo', () => sent.push('tempo 1'));
  coalescer.schedule('tempo', () => sent.push('tempo 2'));
  coalescer.schedule('fader', () => sent.push('fader'));

  assert.equal(frames.length, 1);
  assert.deepEqual(sent, []);
  frames[0]();
  assert.deepEqual(sent, ['tempo 2', 'fader']);
});

test('flush sends at once and the frame sends nothing more', () => {
  const sent: string[] = [];
  const coalescer = new FrameCoalescer();
  coalescer.schedule('master', () => sent.push('master'));
  coalescer.flush();
  frames[0]();

  assert.deepEqual(sent, ['master']);
  coalescer.schedule('master', () => sent.push('again'));
  assert.equal(frames.length, 2);
});
