import type { ChunkRequest, ChunkSource, StereoChunk } from './chunk-source';

/** 96 MB: about 64 stereo chunks of 4 s at 48 kHz, enough for 16 tracks a few seconds around the playhead. */
export const DEFAULT_BUDGET_BYTES = 96 * 1024 * 1024;

export function chunkBytes(chunk: StereoChunk | null): number {
  return chunk === null ? 0 : chunk.left.byteLength + chunk.right.byteLength;
}

export function requestKey(r: ChunkRequest): string {
  return `${r.projectId}/${r.sourceTrackId}/${r.stream}/${r.rate}/${r.stretch}/${r.chunk}`;
}

/**
 * Loaded chunks by request, least recently used first, holding at most `budgetBytes` of samples: adding one
 * evicts the least recently used until the rest fit (the newest always stays, so a tiny budget still makes
 * progress). Loads run at most `maxLoads` at a time, each key once; a failed load is retried after `retryMs`.
 */
export class ChunkCache {
  private readonly entries = new Map<string, StereoChunk | null>();
  private readonly loading = new Map<string, Promise<StereoChunk | null>>();
  private readonly failedAt = new Map<string, number>();
  private readonly queue: { key: string; request: ChunkRequest; settle: (p: Promise<StereoChunk | null>) => void }[] =
    [];
  private active = 0;
  private bytes = 0;

  constructor(
    private readonly source: ChunkSource,
    readonly budgetBytes = DEFAULT_BUDGET_BYTES,
    private readonly maxLoads = 4,
    private readonly retryMs = 2000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  has(request: ChunkRequest): boolean {
    return this.entries.has(requestKey(request));
  }

  /** The chunk (null: past the stream's end) and marks it recently used; undefined when not loaded. */
  get(request: ChunkRequest): StereoChunk | null | undefined {
    const key = requestKey(request);
    if (!this.entries.has(key)) return undefined;
    const chunk = this.entries.get(key) ?? null;
    this.entries.delete(key);
    this.entries.set(key, chunk);
    return chunk;
  }

  put(request: ChunkRequest, chunk: StereoChunk | null): void {
    const key = requestKey(request);
    const old = this.entries.get(key);
    if (old !== undefined) this.bytes -= chunkBytes(old);
    this.entries.delete(key);
    this.entries.set(key, chunk);
    this.bytes += chunkBytes(chunk);
    for (const [k, c] of this.entries) {
      if (this.bytes <= this.budgetBytes || k === key) break;
      this.entries.delete(k);
      this.bytes -= chunkBytes(c);
    }
  }

  /** Starts loading the chunk unless it is loaded, loading, or failed less than `retryMs` ago. */
  request(request: ChunkRequest): void {
    const key = requestKey(request);
    if (this.entries.has(key) || this.loading.has(key)) return;
    const failed = this.failedAt.get(key);
    if (failed !== undefined && this.now() - failed < this.retryMs) return;
    void this.load(request).catch(() => undefined);
  }

  /** The chunk, loading it if needed; rejects when the load fails. */
  load(request: ChunkRequest): Promise<StereoChunk | null> {
    const key = requestKey(request);
    if (this.entries.has(key)) return Promise.resolve(this.get(request) ?? null);
    const pending = this.loading.get(key);
    if (pending) return pending;
    const promise = new Promise<StereoChunk | null>((resolve, reject) => {
      this.queue.push({ key, request, settle: (loaded) => loaded.then(resolve, reject) });
      this.pump();
    });
    this.loading.set(key, promise);
    return promise;
  }

  clear(): void {
    this.entries.clear();
    this.queue.length = 0;
    this.bytes = 0;
  }

  private pump(): void {
    while (this.active < this.maxLoads && this.queue.length > 0) {
      const { key, request, settle } = this.queue.shift()!;
      this.active++;
      const loaded = this.source.load(request).then(
        (chunk) => {
          this.failedAt.delete(key);
          this.put(request, chunk);
          return chunk;
        },
        (error: unknown) => {
          this.failedAt.set(key, this.now());
          console.warn('DAW: could not load audio', error);
          throw error;
        },
      );
      const done = () => {
        this.active--;
        this.loading.delete(key);
        this.pump();
      };
      loaded.then(done, done);
      settle(loaded);
    }
  }
}
