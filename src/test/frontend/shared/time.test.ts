import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTime } from '../../../../frontend/shared/time';
import { decodePeaks } from '../../../../frontend/shared/peaks';

test('times show as minutes and seconds, with tenths when asked', () => {
  assert.equal(formatTime(0), '0:00');
  assert.equal(formatTime(65.97), '1:05');
  assert.equal(formatTime(65.97, true), '1:05.9');
  assert.equal(formatTime(3600), '60:00');
});

test('negative, NaN and infinite times show as zero', () => {
  assert.equal(formatTime(-3), '0:00');
  assert.equal(formatTime(Number.NaN, true), '0:00.0');
  assert.equal(formatTime(Number.POSITIVE_INFINITY), '0:00');
});

test('base64 peaks decode to signed bytes', () => {
  assert.deepEqual([...decodePeaks(Buffer.from([0, 127, 128, 255]).toString('base64'))], [0, 127, -128, -1]);
  assert.equal(decodePeaks('').length, 0);
});
