import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ChunkCache } from '../../../../../frontend/daw/audio/chunk-cache';
import type { ChunkRequest, ChunkSource, StereoChunk } from '../../../../../frontend/daw/audio/chunk-source';

const request = (chunk: number, stream = 'mix'): ChunkRequest => ({
  projectId: 'p',
  sourceTrackId: 'lib',
  stream,
  rate: 1000,
  stretch: 1,
  chunk,
});

/** 100 frames of stereo float32: 800 bytes. */
const chunkOf = (value: number): StereoChunk => ({
  left: new Float32Array(100).fill(value),
  right: new Float32Array(100).fill(value),
});

/** A source whose loads finish when the test says so. */
class ManualSource implements ChunkSource {
  readonly calls: ChunkRequest[] = [];
  private readonly waiting: { resolve: (c: StereoChunk | null) => void; reject: (e: Error) => void }[] = [];

  load(r: ChunkRequest): Promise<StereoChunk | null> {
    this.calls.push(r);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  finish(i: number, chunk: StereoChunk | null) {
    this.waiting[i].resolve(chunk);
  }

  fail(i: number) {
    this.waiting[i].reject(new Error('HTTP 500'));
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('the cache keeps at most its byte budget, evicting the least recently used chunk', () => {
  const cache = new ChunkCache(new ManualSource(), 2400);
  cache.put(request(0), chunkOf(0));
  cache.put(request(1), chunkOf(1));
  cache.put(request(2), chunkOf(2));
  assert.equal(cache.usedBytes, 2400);
  assert.equal(cache.get(request(0))?.left[0], 0, 'chunk 0 is now the most recently used');
  cache.put(request(3), chunkOf(3));
  assert.equal(cache.usedBytes, 2400);
  assert.equal(cache.get(request(1)), undefined, 'chunk 1 was the least recently used');
  assert.ok(cache.has(request(0)) && cache.has(request(2)) && cache.has(request(3)));
});

test('the newest chunk stays even when it alone exceeds the budget', () => {
  const cache = new ChunkCache(new ManualSource(), 500);
  cache.put(request(0), chunkOf(0));
  cache.put(request(1), chunkOf(1));
  assert.equal(cache.size, 1);
  assert.ok(cache.has(request(1)));
});

test('a chunk past the stream end is remembered as null and costs nothing', () => {
  const cache = new ChunkCache(new ManualSource(), 800);
  cache.put(request(0), chunkOf(0));
  cache.put(request(9), null);
  assert.equal(cache.get(request(9)), null);
  assert.equal(cache.usedBytes, 800);
  assert.equal(cache.size, 2);
});

test('loads run once per chunk and at most maxLoads at a time', async () => {
  const source = new ManualSource();
  const cache = new ChunkCache(source, 1e6, 2);
  const first = cache.load(request(0));
  assert.equal(cache.load(request(0)), first);
  cache.request(request(1));
  cache.request(request(2));
  cache.request(request(0));
  assert.equal(source.calls.length, 2);
  source.finish(0, chunkOf(5));
  assert.equal((await first)?.left[0], 5);
  await settle();
  assert.deepEqual(
    source.calls.map((r) => r.chunk),
    [0, 1, 2],
  );
  assert.equal(cache.get(request(0))?.left[0], 5);
  assert.equal(await cache.load(request(0)), cache.get(request(0)));
});

test('a failed load rejects and is not retried before the retry delay', async () => {
  const source = new ManualSource();
  let now = 0;
  const cache = new ChunkCache(source, 1e6, 4, 2000, () => now);
  const loading = cache.load(request(0));
  source.fail(0);
  await assert.rejects(loading, /HTTP 500/);
  await settle();
  cache.request(request(0));
  assert.equal(source.calls.length, 1);
  now = 2500;
  cache.request(request(0));
  assert.equal(source.calls.length, 2);
  source.finish(1, null);
  await settle();
  assert.equal(cache.get(request(0)), null);
});

test('a stream and its chunk number tell chunks apart', () => {
  const cache = new ChunkCache(new ManualSource(), 1e6);
  cache.put(request(0, 'drums'), chunkOf(1));
  assert.equal(cache.get(request(0, 'bass')), undefined);
  assert.equal(cache.get({ ...request(0, 'drums'), stretch: 1.5 }), undefined);
  assert.equal(cache.get(request(0, 'drums'))?.left[0], 1);
});
