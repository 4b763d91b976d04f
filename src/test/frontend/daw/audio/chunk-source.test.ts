import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkUrl, deinterleave, formatStretch } from '../../../../../frontend/daw/audio/chunk-source';

test('the chunk URL names the project, source, stream, chunk, rate and stretch', () => {
  const url = chunkUrl({ projectId: 'p 1', sourceTrackId: 't', stream: 'drums', rate: 44100, stretch: 1.25, chunk: 7 });
  assert.equal(url, '/media/daw/p%201/sources/t/drums/chunks/7?rate=44100&stretch=1.25');
});

test('the stretch is written with at most six decimals', () => {
  assert.equal(formatStretch(1), '1');
  assert.equal(formatStretch(124 / 120), '1.033333');
  assert.equal(formatStretch(0.25), '0.25');
  assert.equal(formatStretch(2 / 3), '0.666667');
});

test('interleaved little-endian float32 stereo becomes two channels', () => {
  const bytes = new ArrayBuffer(3 * 8);
  const view = new DataView(bytes);
  [0.5, -0.5, 0.25, 1, -1, 0].forEach((x, i) => view.setFloat32(i * 4, x, true));
  const { left, right } = deinterleave(bytes);
  assert.deepEqual([...left], [0.5, 0.25, -1]);
  assert.deepEqual([...right], [-0.5, 1, 0]);
});
