import type { ProjectState } from '../model/project-types';
import { streamName } from '../model/project-types';
import { ChunkCache, DEFAULT_BUDGET_BYTES } from './chunk-cache';
import { type ChunkRequest, type ChunkSource, HttpChunkSource, type StereoChunk, chunkFrames } from './chunk-source';
import { clickSamples, clicksIn } from './metronome';
import { audibleClips, clipFrames } from './mix-rules';
import { MixerGraph } from './mixer-graph';
import { type ClipSpan, type Piece, type PlannedClip, planSegment, trimSpan } from './piece-plan';
import { type PlayAnchor, loopFrames, reanchor, segments, timelineAt } from './play-map';
import type { BusLevel, PlaybackEngine, ScheduledSource } from './playback-engine';
import {
  type BlockNodes,
  type Clock,
  cancelBlock,
  emptyBlock,
  releaseBlock,
  scheduleBuffer,
  scheduleSpan,
  timeOf,
} from './voice';

/** Scheduling block: sources never cross a block, and an edit is heard from the next block not yet started. */
const BLOCK_SECONDS = 0.25;
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
  budgetBytes?: number;
}

interface Session {
  clock: Clock;
  anchors: PlayAnchor[];
  nextBlock: number;
  blocks: Map<number, BlockNodes>;
}

/**
 * The DAW's audio engine: plays a project's clips from the server's chunked streams through the graph of the
 * mixing rules (see MixerGraph and scheduleSpan), with a look-ahead scheduler. Playback frames count output
 * frames from the transport's start; PlayAnchors map them to timeline frames, following the loop.
 */
export class DawEngine implements PlaybackEngine {
  private readonly graph: MixerGraph;
  private readonly cache: ChunkCache;
  private readonly offline: boolean;
  private state: ProjectState | null = null;
  private clips: PlannedClip[] = [];
  private session: Session | null = null;
  /** Bumped by every play/stop so a play still loading its first chunks knows it was overtaken. */
  private generation = 0;
  private loadingFrom: number | null = null;
  private stoppedAt = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private clicks: { accent: AudioBuffer; beat: AudioBuffer } | null = null;
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

  get position(): number {
    const s = this.session;
    if (s && this.state) {
      const now = Math.max(0, this.nowFrame(s));
      return timelineAt(this.anchorAt(s, now), now) / s.clock.rate;
    }
    return this.loadingFrom ?? this.stoppedAt;
  }

  get metronome(): boolean {
    return this.metronomeOn;
  }

  set metronome(on: boolean) {
    if (on === this.metronomeOn) return;
    this.metronomeOn = on;
    this.reschedule();
  }

  setProject(state: ProjectState): void {
    const rateChanged = this.state !== null && this.state.sampleRate !== state.sampleRate;
    this.state = state;
    this.clips = audibleClips(state).map((clip) => ({ clip, frames: clipFrames(clip, state.bpm, state.sampleRate) }));
    this.graph.update(state, !this.offline && this.playing);
    if (rateChanged && this.playing) this.seek(this.position);
    else this.reschedule();
  }

  async play(from: number): Promise<void> {
    this.halt();
    const state = this.state;
    if (!state) return;
    const generation = this.generation;
    this.loadingFrom = from;
    const rate = state.sampleRate;
    const anchor: PlayAnchor = { playFrame: 0, timelineFrame: Math.round(from * rate), loop: loopFrames(state) };
    const session: Session = { clock: { rate, startFrame: 0 }, anchors: [anchor], nextBlock: 0, blocks: new Map() };
    if (this.offline) {
      this.session = session;
      this.loadingFrom = null;
      this.graph.transport.gain.value = 1;
      await this.fill();
      return;
    }
    const ctx = this.ctx;
    if (ctx instanceof AudioContext && ctx.state === 'suspended') void ctx.resume();
    const firstLoads = this.requestsFor(session, 0, Math.round(HORIZON_SECONDS * rate)).map((r) => this.cache.load(r));
    const timeout = new Promise((resolve) => setTimeout(resolve, FIRST_LOAD_TIMEOUT_MS));
    await Promise.race([Promise.allSettled(firstLoads), timeout]);
    if (generation !== this.generation) return;
    session.clock.startFrame = Math.ceil((ctx.currentTime + START_LEAD_SECONDS) * rate);
    const start = timeOf(session.clock, 0);
    const gain = this.graph.transport.gain;
    gain.cancelScheduledValues(start);
    gain.setValueAtTime(0, start);
    gain.linearRampToValueAtTime(1, start + TRANSPORT_FADE_SECONDS);
    this.session = session;
    this.loadingFrom = null;
    this.tick();
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  stop(): void {
    this.halt();
  }

  seek(to: number): void {
    if (!this.playing) {
      this.stoppedAt = to;
      return;
    }
    void this.play(to);
  }

  levels(): Map<string, BusLevel> {
    return this.graph.levels();
  }

  scheduled(): ScheduledSource[] {
    const now = this.ctx.currentTime;
    const blocks = this.session ? [...this.session.blocks.values()] : [];
    return blocks.flatMap((b) => b.info).filter((s) => s.when + s.duration > now);
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
    const until = this.nowFrame(s) + Math.round(HORIZON_SECONDS * s.clock.rate);
    this.releasePlayed(s);
    while (this.blockStart(s, s.nextBlock) < until) {
      const b = s.nextBlock;
      const loaded = new Map<string, StereoChunk | null>();
      const requests = this.requestsFor(s, this.blockStart(s, b), this.blockStart(s, b + 1));
      const chunks = await Promise.all(requests.map((r) => this.cache.load(r)));
      if (this.session !== s || s.nextBlock !== b) return;
      requests.forEach((r, i) => loaded.set(this.keyOf(r), chunks[i]));
      this.scheduleBlock(s, b, 0, (r) => loaded.get(this.keyOf(r)) ?? this.cache.get(r));
      s.nextBlock++;
    }
  }

  /** Live mode, every TICK_MS: schedules the blocks whose chunks are loaded up to the horizon, loads ahead. */
  private tick(): void {
    const s = this.session;
    if (!s || this.offline) return;
    const rate = s.clock.rate;
    const now = this.nowFrame(s);
    this.releasePlayed(s);
    const urgent = now + Math.round(URGENT_SECONDS * rate);
    const earliest = now + Math.round(SAFETY_SECONDS * rate);
    while (this.blockStart(s, s.nextBlock) < now + HORIZON_SECONDS * rate) {
      const b = s.nextBlock;
      const from = this.blockStart(s, b);
      const missing = this.requestsFor(s, from, this.blockStart(s, b + 1)).filter((r) => !this.cache.has(r));
      if (missing.length > 0 && from >= urgent) break;
      if (this.blockStart(s, b + 1) > earliest) this.scheduleBlock(s, b, earliest, (r) => this.cache.get(r));
      s.nextBlock++;
    }
    const ahead = this.requestsFor(s, this.blockStart(s, s.nextBlock), now + PREFETCH_SECONDS * rate);
    for (const r of ahead.slice(0, this.maxAhead(rate))) this.cache.request(r);
  }

  private scheduleBlock(
    s: Session,
    b: number,
    earliest: number,
    chunkOf: (r: ChunkRequest) => StereoChunk | null | undefined,
  ): void {
    const from = Math.max(this.blockStart(s, b), earliest);
    const to = this.blockStart(s, b + 1);
    const block = emptyBlock(timeOf(s.clock, to));
    s.blocks.set(b, block);
    const chunkOfPiece = (p: Piece) => {
      const r = this.requestOf(p.clip, p.chunk);
      return r ? chunkOf(r) : null;
    };
    for (const span of this.spans(s, from, to)) {
      const bus = this.graph.bus(span.clip.clip.trackId);
      const part = trimSpan(span, from);
      if (bus && part) scheduleSpan(this.ctx, s.clock, part, chunkOfPiece, bus.input, block);
    }
    if (this.metronomeOn && this.state) this.scheduleClicks(s, this.state, from, to, block);
  }

  private scheduleClicks(s: Session, state: ProjectState, from: number, to: number, block: BlockNodes): void {
    const rate = s.clock.rate;
    const clicks = (this.clicks ??= {
      accent: this.bufferOf(clickSamples(rate, true), rate),
      beat: this.bufferOf(clickSamples(rate, false), rate),
    });
    for (const seg of segments(this.anchorAt(s, from), from, to)) {
      const end = seg.timelineFrame + seg.frames;
      for (const click of clicksIn(state.bpm, state.meter, rate, seg.timelineFrame, end)) {
        const at = seg.playFrame + click.frame - seg.timelineFrame;
        scheduleBuffer(this.ctx, s.clock, click.accent ? clicks.accent : clicks.beat, at, this.graph.metronome, block);
      }
    }
  }

  private bufferOf(samples: Float32Array<ArrayBuffer>, rate: number): AudioBuffer {
    const buffer = new AudioBuffer({ numberOfChannels: 2, length: samples.length, sampleRate: rate });
    buffer.copyToChannel(samples, 0);
    buffer.copyToChannel(samples, 1);
    return buffer;
  }

  /** The clip spans of playback frames [from, to): blocks never straddle an anchor, so one anchor maps them. */
  private spans(s: Session, from: number, to: number): ClipSpan[] {
    const chunk = chunkFrames(s.clock.rate);
    return segments(this.anchorAt(s, from), from, to).flatMap((seg) => planSegment(this.clips, seg, chunk));
  }

  /** The chunks that playback frames [from, to) read, each once, in the order playback first needs them. */
  private requestsFor(s: Session, from: number, to: number): ChunkRequest[] {
    const requests = new Map<string, { request: ChunkRequest; playFrame: number }>();
    for (const [a, b] of this.anchorBounds(s, from, to)) {
      for (const span of this.spans(s, a, b)) {
        for (const p of span.pieces) {
          const r = this.requestOf(p.clip, p.chunk);
          const key = r && this.keyOf(r);
          if (r && key && (requests.get(key)?.playFrame ?? Infinity) > p.playFrame)
            requests.set(key, { request: r, playFrame: p.playFrame });
        }
      }
    }
    return [...requests.values()].sort((x, y) => x.playFrame - y.playFrame).map((x) => x.request);
  }

  /** [from, to) split where a later anchor takes over. */
  private anchorBounds(s: Session, from: number, to: number): [number, number][] {
    const cuts = s.anchors.map((a) => a.playFrame).filter((p) => p > from && p < to);
    const bounds = [from, ...cuts, to];
    return bounds.slice(1).map((end, i) => [bounds[i], end] as [number, number]);
  }

  /** The request for a chunk of a clip's stream, or null for a chunk surely past the stream's end. */
  private requestOf(planned: PlannedClip, chunk: number): ChunkRequest | null {
    const source = planned.clip.source;
    const rate = this.state?.sampleRate ?? 48000;
    const streamFrames = (source.duration * rate) / planned.frames.stretch;
    if (chunk * chunkFrames(rate) >= streamFrames + rate) return null;
    const stream = streamName(source);
    const stretch = planned.frames.stretch;
    return { projectId: this.projectId, sourceTrackId: source.trackId, stream, rate, stretch, chunk };
  }

  /**
   * Loading ahead stops at half the cache's budget in full chunks (32 at 96 MB), so with many tracks the chunks
   * loaded for later never evict those about to play; what is not loaded ahead is loaded as playback nears it.
   */
  private maxAhead(rate: number): number {
    return Math.max(1, Math.floor(this.cache.budgetBytes / 2 / (chunkFrames(rate) * 8)));
  }

  private keyOf(r: ChunkRequest): string {
    return `${r.sourceTrackId}/${r.stream}/${r.rate}/${r.stretch}/${r.chunk}`;
  }

  /**
   * An edit or metronome switch while playing: drops the blocks that have not started by the safety margin and
   * plans them again from the project now given, re-anchoring the timeline there (the loop may have changed).
   * In render mode the next fill() schedules them.
   */
  private reschedule(): void {
    const s = this.session;
    const state = this.state;
    if (!s || !state) return;
    const rate = s.clock.rate;
    const cutoff = this.nowFrame(s) + Math.round(SAFETY_SECONDS * rate);
    const first = Math.max(0, Math.ceil(cutoff / this.blockFrames(s)));
    for (const [b, block] of s.blocks) {
      if (b < first) continue;
      cancelBlock(block);
      s.blocks.delete(b);
    }
    const at = this.blockStart(s, first);
    const anchor = reanchor(this.anchorAt(s, at), Math.min(cutoff, at), at, loopFrames(state));
    s.anchors = s.anchors.filter((a) => a.playFrame < at);
    s.anchors.push(anchor);
    s.nextBlock = Math.min(s.nextBlock, first);
    this.tick();
  }

  /** Ends playback at once (live: after a short fade) and remembers where it was. */
  private halt(): void {
    this.generation++;
    const s = this.session;
    if (s) this.stoppedAt = this.position;
    else if (this.loadingFrom !== null) this.stoppedAt = this.loadingFrom;
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

  private releasePlayed(s: Session): void {
    const t = this.ctx.currentTime - 0.05;
    for (const [b, block] of s.blocks) {
      if (block.endTime >= t) continue;
      releaseBlock(block);
      s.blocks.delete(b);
    }
  }

  private nowFrame(s: Session): number {
    return Math.floor(this.ctx.currentTime * s.clock.rate + 1e-6) - s.clock.startFrame;
  }

  private blockFrames(s: Session): number {
    return Math.round(BLOCK_SECONDS * s.clock.rate);
  }

  private blockStart(s: Session, b: number): number {
    return b * this.blockFrames(s);
  }

  private anchorAt(s: Session, playFrame: number): PlayAnchor {
    let anchor = s.anchors[0];
    for (const a of s.anchors) if (a.playFrame <= playFrame) anchor = a;
    return anchor;
  }
}
