import type { ProjectState } from '../model/project-types';
import { Arrangement } from './arrangement';
import { ChunkCache, DEFAULT_BUDGET_BYTES, requestKey } from './chunk-cache';
import { type ChunkRequest, type ChunkSource, HttpChunkSource, type StereoChunk } from './chunk-source';
import { ClickTrack } from './click-track';
import { MixerGraph } from './mixer-graph';
import { type Piece, trimSpan } from './piece-plan';
import { loopFrames, segments } from './play-map';
import { PlaySession } from './play-session';
import type { BusLevel, PlaybackEngine, ScheduledSource } from './playback-engine';
import { cancelBlock, emptyBlock, releaseBlock, scheduleSpan, timeOf } from './voice';

/** Timer period of the live scheduler, how far ahead it schedules, and how far ahead it loads chunks. */
const TICK_MS = 25;
const HORIZON_SECONDS = 1.5;
const PREFETCH_SECONDS = 6;
/** A block this close to playing is scheduled even if chunks are missing (they stay silent) so time runs on. */
const URGENT_SECONDS = 0.15;
/** Delay between a live play() and the first frame, and the least lead time of a live edit or a late block. */
const START_LEAD_SECONDS = 0.1;
const SAFETY_SECONDS = 0.03;
/** Transport fade for live start, stop and seek, against clicks. */
const TRANSPORT_FADE_SECONDS = 0.005;
/** How long a live play() waits for the first chunks before it starts anyway. */
const FIRST_LOAD_TIMEOUT_MS = 5000;

export interface DawEngineOptions {
  /** Render mode (OfflineAudioContext): no lead time, no transport fades, and every chunk is awaited. */
  offline?: boolean;
  /** The chunk cache's budget (DEFAULT_BUDGET_BYTES). */
  budgetBytes?: number;
}

type ChunkLookup = (r: ChunkRequest) => StereoChunk | null | undefined;

/**
 * The DAW's audio engine: plays a project's clips from the server's chunked streams through the graph of the
 * mixing rules (MixerGraph; one voice per clip span, see scheduleSpan), scheduling blocks of a PlaySession ahead
 * of the playhead. Live, a timer schedules the blocks whose chunks are loaded; in render mode fill() awaits them.
 */
export class DawEngine implements PlaybackEngine {
  private readonly graph: MixerGraph;
  private readonly cache: ChunkCache;
  private readonly offline: boolean;
  private state: ProjectState | null = null;
  private arrangement: Arrangement | null = null;
  private session: PlaySession | null = null;
  /** Bumped by every play/stop so a play still loading its first chunks knows it was overtaken. */
  private generation = 0;
  private loadingFrom: number | null = null;
  private stoppedAt = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private clickTrack: ClickTrack | null = null;
  private metronomeOn = false;

  constructor(
    private readonly ctx: BaseAudioContext,
    private readonly projectId: string,
    source: ChunkSource = new HttpChunkSource(),
    options: DawEngineOptions = {},
  ) {
    this.offline =
      options.offline ?? (typeof OfflineAudioContext !== 'undefined' && ctx instanceof OfflineAudioContext);
    this.graph = new MixerGraph(ctx);
    this.cache = new ChunkCache(source, options.budgetBytes ?? DEFAULT_BUDGET_BYTES);
  }

  get playing(): boolean {
    return this.session !== null || this.loadingFrom !== null;
  }

  get loading(): boolean {
    return this.loadingFrom !== null;
  }

  get sampleRate(): number {
    return this.ctx.sampleRate;
  }

  get position(): number {
    const s = this.session;
    if (s) return s.timelineAt(Math.max(0, s.nowFrame(this.ctx))) / s.clock.rate;
    return this.loadingFrom ?? this.stoppedAt;
  }

  get metronome(): boolean {
    return this.metronomeOn;
  }

  set metronome(on: boolean) {
    if (on === this.metronomeOn) return;
    this.metronomeOn = on;
    this.replan();
  }

  setProject(state: ProjectState): void {
    const rateChanged = this.state !== null && this.state.sampleRate !== state.sampleRate;
    this.state = state;
    this.arrangement = new Arrangement(state, this.projectId);
    this.graph.update(state, !this.offline && this.playing);
    if (rateChanged && this.playing) this.seek(this.position);
    else this.replan();
  }

  async play(from: number | (() => number)): Promise<void> {
    this.halt();
    const state = this.state;
    const arrangement = this.arrangement;
    if (!state || !arrangement) return;
    const generation = this.generation;
    const rate = state.sampleRate;
    const requested = typeof from === 'number' ? from : from();
    const sessionFrom = (t: number) =>
      new PlaySession(rate, { playFrame: 0, timelineFrame: Math.round(t * rate), loop: loopFrames(state) });
    let s = sessionFrom(requested);
    if (this.offline) {
      this.session = s;
      this.graph.transport.gain.value = 1;
      await this.fill();
      return;
    }
    this.loadingFrom = requested;
    const ctx = this.ctx;
    if (ctx instanceof AudioContext && ctx.state === 'suspended') void ctx.resume();
    const first = arrangement.requestsFor(s.anchors, 0, Math.round(HORIZON_SECONDS * rate));
    const timeout = new Promise((resolve) => setTimeout(resolve, FIRST_LOAD_TIMEOUT_MS));
    await Promise.race([Promise.allSettled(first.map((r) => this.cache.load(r))), timeout]);
    if (generation !== this.generation) return;
    // the audio starts START_LEAD_SECONDS from now: where the one followed will be by then
    if (typeof from === 'function') s = sessionFrom(Math.max(0, from() + START_LEAD_SECONDS));
    s.clock.startFrame = Math.ceil((ctx.currentTime + START_LEAD_SECONDS) * rate);
    const start = timeOf(s.clock, 0);
    const gain = this.graph.transport.gain;
    gain.cancelScheduledValues(start);
    gain.setValueAtTime(0, start);
    gain.linearRampToValueAtTime(1, start + TRANSPORT_FADE_SECONDS);
    this.session = s;
    this.loadingFrom = null;
    this.tick();
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  stop(): void {
    this.halt();
  }

  seek(to: number): void {
    if (this.playing) void this.play(to);
    else this.stoppedAt = to;
  }

  levels(): Map<string, BusLevel> {
    return this.graph.levels();
  }

  scheduled(): ScheduledSource[] {
    return this.session?.scheduled(this.ctx.currentTime) ?? [];
  }

  dispose(): void {
    this.halt();
    this.graph.dispose();
    this.cache.clear();
  }

  /**
   * Render mode: schedules every block up to the horizon ahead of the context's time, awaiting their chunks (a
   * failed load rejects). renderOffline calls it while the OfflineAudioContext is suspended.
   */
  async fill(): Promise<void> {
    const s = this.session;
    if (!s) return;
    const until = s.nowFrame(this.ctx) + Math.round(HORIZON_SECONDS * s.clock.rate);
    s.releaseBefore(this.ctx.currentTime);
    while (s.blockStart(s.nextBlock) < until && this.arrangement) {
      const b = s.nextBlock;
      const requests = this.arrangement.requestsFor(s.anchors, s.blockStart(b), s.blockStart(b + 1));
      const chunks = await Promise.all(requests.map((r) => this.cache.load(r)));
      if (this.session !== s || s.nextBlock !== b) return;
      const loaded = new Map(requests.map((r, i) => [requestKey(r), chunks[i]]));
      this.scheduleBlock(s, b, 0, (r) => loaded.get(requestKey(r)) ?? this.cache.get(r));
      s.nextBlock++;
    }
  }

  /** Live mode, every TICK_MS: schedules the blocks whose chunks are loaded up to the horizon, loads ahead. */
  private tick(): void {
    const s = this.session;
    const arrangement = this.arrangement;
    if (!s || !arrangement || this.offline) return;
    const rate = s.clock.rate;
    const now = s.nowFrame(this.ctx);
    s.releaseBefore(this.ctx.currentTime - 0.05);
    const urgent = now + Math.round(URGENT_SECONDS * rate);
    const earliest = now + Math.round(SAFETY_SECONDS * rate);
    while (s.blockStart(s.nextBlock) < now + HORIZON_SECONDS * rate) {
      const b = s.nextBlock;
      const from = s.blockStart(b);
      const requests = arrangement.requestsFor(s.anchors, from, s.blockStart(b + 1));
      if (from >= urgent && requests.some((r) => !this.cache.has(r))) break;
      if (s.blockStart(b + 1) > earliest) this.scheduleBlock(s, b, earliest, (r) => this.cache.get(r));
      s.nextBlock++;
    }
    const ahead = arrangement.requestsFor(s.anchors, s.blockStart(s.nextBlock), now + PREFETCH_SECONDS * rate);
    for (const r of ahead.slice(0, this.maxAhead(arrangement))) this.cache.request(r);
  }

  /**
   * Loading ahead stops at half the cache's budget in full chunks (32 at 96 MB), so with many tracks the chunks
   * loaded for later never evict those about to play; what is not loaded ahead is loaded as playback nears it.
   */
  private maxAhead(arrangement: Arrangement): number {
    return Math.max(1, Math.floor(this.cache.budgetBytes / 2 / (arrangement.chunkFrames * 8)));
  }

  /** Schedules block b from playback frame `earliest` on (all of it when earliest is before it). */
  private scheduleBlock(s: PlaySession, b: number, earliest: number, chunkOf: ChunkLookup): void {
    const arrangement = this.arrangement;
    const state = this.state;
    if (!arrangement || !state) return;
    const from = Math.max(s.blockStart(b), earliest);
    const to = s.blockStart(b + 1);
    const block = emptyBlock(timeOf(s.clock, to));
    s.blocks.set(b, block);
    const chunkOfPiece = (p: Piece) => {
      const r = arrangement.requestOf(p.clip, p.chunk);
      return r ? chunkOf(r) : null;
    };
    for (const span of arrangement.spans(s.anchorAt(from), from, to)) {
      const bus = this.graph.bus(span.clip.clip.trackId);
      const part = trimSpan(span, from);
      if (bus && part) scheduleSpan(this.ctx, s.clock, part, chunkOfPiece, bus.input, block);
    }
    if (!this.metronomeOn) return;
    if (this.clickTrack?.rate !== s.clock.rate)
      this.clickTrack = new ClickTrack(this.ctx, s.clock.rate, this.graph.metronome);
    this.clickTrack.schedule(s.clock, segments(s.anchorAt(from), from, to), state.bpm, state.meter, block);
  }

  /**
   * An edit or metronome switch while playing: drops the blocks not started by the safety margin and plans them
   * again from the project now given (live at once, in render mode at the next fill()).
   */
  private replan(): void {
    const s = this.session;
    if (!s || !this.state) return;
    s.replanFrom(s.nowFrame(this.ctx) + Math.round(SAFETY_SECONDS * s.clock.rate), loopFrames(this.state));
    this.tick();
  }

  /** Ends playback at once (live: after a short fade) and remembers where it was. */
  private halt(): void {
    this.generation++;
    const s = this.session;
    this.stoppedAt = this.position;
    this.loadingFrom = null;
    this.session = null;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (!s) return;
    if (this.offline) {
      for (const block of s.blocks.values()) cancelBlock(block);
      return;
    }
    const t = this.ctx.currentTime;
    const gain = this.graph.transport.gain;
    gain.cancelScheduledValues(t);
    gain.setValueAtTime(gain.value, t);
    gain.linearRampToValueAtTime(0, t + TRANSPORT_FADE_SECONDS);
    const end = t + 2 * TRANSPORT_FADE_SECONDS;
    for (const block of s.blocks.values()) cancelBlock(block, end);
    setTimeout(() => s.blocks.forEach(releaseBlock), 1000 * (end - t) + 50);
  }
}

/**
 * A live context for the engine, running at the project's rate so that the frame times it schedules are the
 * context's own frames (another rate works too, with the browser resampling every buffer).
 */
export function createDawAudioContext(sampleRate: number): AudioContext {
  return new AudioContext({ sampleRate, latencyHint: 'interactive' });
}
