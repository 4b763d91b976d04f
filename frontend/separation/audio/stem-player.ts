/**
 * Plays several decoded stems through one AudioContext, all started at the same context time so they stay
 * sample-synchronous. Each stem has its own GainNode: volume, mute and solo only change gains, never the sources.
 * Plain TypeScript, not an element; `sfa-stem-mixer` owns one.
 */
export interface StemSource {
  stem: string;
  url: string;
}

export class StemPlayer {
  readonly context: AudioContext;
  private readonly buffers = new Map<string, AudioBuffer>();
  private readonly gains = new Map<string, GainNode>();
  private readonly volumes = new Map<string, number>();
  private readonly muted = new Set<string>();
  private readonly soloed = new Set<string>();
  private sources: AudioBufferSourceNode[] = [];
  private startedAt = 0;
  private offset = 0;
  private running = false;
  /** Called when playback reaches the end by itself. */
  onEnded: () => void = () => {};

  constructor(context?: AudioContext) {
    this.context = context ?? new AudioContext();
  }

  /** Fetches and decodes every stem (in parallel); the stems' names keep their order. */
  async load(stems: StemSource[], signal?: AbortSignal): Promise<void> {
    const decoded = await Promise.all(
      stems.map(async (s) => {
        const response = await fetch(s.url, { credentials: 'same-origin', signal });
        if (!response.ok) throw new Error(`${s.stem}: HTTP ${response.status}`);
        return [s.stem, await this.context.decodeAudioData(await response.arrayBuffer())] as const;
      }),
    );
    for (const [stem, buffer] of decoded) {
      this.buffers.set(stem, buffer);
      const gain = this.context.createGain();
      gain.connect(this.context.destination);
      this.gains.set(stem, gain);
      if (!this.volumes.has(stem)) this.volumes.set(stem, 1);
    }
    this.applyGains();
  }

  get stems(): string[] {
    return [...this.buffers.keys()];
  }

  buffer(stem: string): AudioBuffer | undefined {
    return this.buffers.get(stem);
  }

  get duration(): number {
    let longest = 0;
    for (const b of this.buffers.values()) longest = Math.max(longest, b.duration);
    return longest;
  }

  get playing(): boolean {
    return this.running;
  }

  get position(): number {
    const p = this.running ? this.offset + this.context.currentTime - this.startedAt : this.offset;
    return Math.min(p, this.duration);
  }

  async play(): Promise<void> {
    if (this.running || this.buffers.size === 0) return;
    await this.context.resume();
    if (this.offset >= this.duration) this.offset = 0;
    const when = this.context.currentTime + 0.05;
    this.sources = [...this.buffers].map(([stem, buffer]) => {
      const source = this.context.createBufferSource();
      source.buffer = buffer;
      source.connect(this.gains.get(stem)!);
      source.start(when, this.offset);
      return source;
    });
    this.sources[0]?.addEventListener('ended', () => {
      if (this.running && this.position >= this.duration - 0.06) {
        this.stopSources();
        this.offset = this.duration;
        this.onEnded();
      }
    });
    this.startedAt = when;
    this.running = true;
  }

  pause(): void {
    if (!this.running) return;
    this.offset = this.position;
    this.stopSources();
  }

  async seek(seconds: number): Promise<void> {
    const wasRunning = this.running;
    this.pause();
    this.offset = Math.max(0, Math.min(seconds, this.duration));
    if (wasRunning) await this.play();
  }

  setVolume(stem: string, volume: number): void {
    this.volumes.set(stem, Math.max(0, Math.min(2, volume)));
    this.applyGains();
  }

  setMuted(stem: string, muted: boolean): void {
    if (muted) this.muted.add(stem);
    else this.muted.delete(stem);
    this.applyGains();
  }

  setSolo(stem: string, solo: boolean): void {
    if (solo) this.soloed.add(stem);
    else this.soloed.delete(stem);
    this.applyGains();
  }

  isMuted(stem: string): boolean {
    return this.muted.has(stem);
  }

  isSolo(stem: string): boolean {
    return this.soloed.has(stem);
  }

  volume(stem: string): number {
    return this.volumes.get(stem) ?? 1;
  }

  /** The gain each stem's GainNode has now (for tests and meters). */
  gainValues(): Record<string, number> {
    const values: Record<string, number> = {};
    for (const [stem, gain] of this.gains) values[stem] = gain.gain.value;
    return values;
  }

  close(): void {
    this.stopSources();
    void this.context.close();
  }

  private applyGains(): void {
    for (const [stem, gain] of this.gains) {
      gain.gain.value = effectiveGain(
        this.volume(stem),
        this.muted.has(stem),
        this.soloed.has(stem),
        this.soloed.size > 0,
      );
    }
  }

  private stopSources(): void {
    for (const source of this.sources) {
      try {
        source.stop();
      } catch {
        /* never started */
      }
      source.disconnect();
    }
    this.sources = [];
    this.running = false;
  }
}

/** Solo wins over mute: with any stem soloed only soloed stems sound; otherwise muted stems are silent. */
export function effectiveGain(volume: number, muted: boolean, solo: boolean, anySolo: boolean): number {
  if (anySolo) return solo ? volume : 0;
  return muted ? 0 : volume;
}

/** Min/max peaks per column as base64 signed bytes, the format `sfa-waveform` draws. */
export function peaksOf(buffer: AudioBuffer, columns: number): string {
  const bytes = new Int8Array(columns * 2);
  const channels = Array.from({ length: buffer.numberOfChannels }, (_, c) => buffer.getChannelData(c));
  const per = Math.max(1, Math.floor(buffer.length / columns));
  for (let col = 0; col < columns; col++) {
    let min = 0,
      max = 0;
    const end = Math.min(buffer.length, (col + 1) * per);
    for (let i = col * per; i < end; i++) {
      for (const data of channels) {
        const v = data[i];
        if (v < min) min = v;
        if (v > max) max = v;
      }
    }
    bytes[2 * col] = Math.max(-127, Math.round(min * 127));
    bytes[2 * col + 1] = Math.min(127, Math.round(max * 127));
  }
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] & 0xff);
  return btoa(binary);
}
