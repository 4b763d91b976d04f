import { DECK_OUTPUTS, DECK_PROCESSOR, type DeckMessage, type DeckReport, type LoopSpan } from './deck-processor';
import { DjEngine } from './dj-engine';
import { rampParam } from './params';

export const STEMS = ['vocals', 'drums', 'bass', 'other'] as const;
export type StemName = (typeof STEMS)[number];

/**
 * Main-thread side of one deck's playback worklet: sends commands, keeps a position model and owns the stem gains.
 * Position (seconds) = last position reported by the worklet at audio-clock time T, plus (ctx.currentTime − T) × rate,
 * wrapped inside an active loop. Commands update the model at once; reports older than the last command are ignored.
 */
export class DeckPlayer {
  readonly node: AudioWorkletNode;
  readonly output: GainNode;
  readonly stemGains: GainNode[];
  duration = 0;
  stemsActive = false;
  reported = 0;
  onEnded: () => void = () => {};
  private seq = 0;
  private model = { pos: 0, time: 0, playing: false };
  private rate = 1;
  private loop: LoopSpan | null = null;

  constructor(
    private readonly engine: DjEngine,
    channel: number,
  ) {
    const ctx = engine.ctx;
    this.node = new AudioWorkletNode(ctx, DECK_PROCESSOR, {
      numberOfInputs: 0,
      numberOfOutputs: DECK_OUTPUTS,
      outputChannelCount: new Array(DECK_OUTPUTS).fill(2),
    });
    this.output = new GainNode(ctx);
    this.node.connect(this.output, 0);
    this.stemGains = STEMS.map((_, i) => {
      const g = new GainNode(ctx);
      this.node.connect(g, i + 1).connect(this.output);
      return g;
    });
    this.output.connect(engine.strips[channel].input);
    this.node.port.onmessage = (e: MessageEvent<DeckReport>) => this.onReport(e.data);
  }

  get playing(): boolean {
    return this.model.playing;
  }

  get playbackRate(): number {
    return this.rate;
  }

  get currentLoop(): LoopSpan | null {
    return this.loop;
  }

  position(): number {
    const m = this.model;
    let p = m.pos;
    if (m.playing) p += Math.max(0, this.engine.ctx.currentTime - m.time) * this.rate;
    const l = this.loop;
    if (l && l.end > l.start && p >= l.end && m.pos < l.end) p = l.start + ((p - l.start) % (l.end - l.start));
    return Math.min(p, this.duration || p);
  }

  load(mix: AudioBuffer): void {
    this.duration = mix.duration;
    this.stemsActive = false;
    this.loop = null;
    this.model = { pos: 0, time: this.engine.ctx.currentTime, playing: false };
    this.post({ type: 'load', tracks: [channels(mix)], outputs: [0], keepPosition: false });
  }

  /** Switches to the four stems at the current position (all read by one processor: sample-synchronous). */
  loadStems(stems: AudioBuffer[]): void {
    this.stemsActive = true;
    this.post({ type: 'load', tracks: stems.map(channels), outputs: stems.map((_, i) => i + 1), keepPosition: true });
  }

  transport(change: { playing?: boolean; pos?: number }): number {
    this.rebase();
    if (change.pos !== undefined) this.model.pos = Math.max(0, change.pos);
    if (change.playing !== undefined) this.model.playing = change.playing;
    return this.command({ type: 'transport', seq: 0, ...change });
  }

  /** Jumps by `seconds` relative to the position at the moment the worklet receives the message. */
  shift(seconds: number): number {
    this.rebase();
    this.model.pos = Math.max(0, this.model.pos + seconds);
    return this.command({ type: 'transport', seq: 0, shift: seconds });
  }

  setRate(rate: number): number {
    this.rebase();
    this.rate = rate;
    return this.command({ type: 'rate', seq: 0, rate });
  }

  setKeyLock(on: boolean): number {
    return this.command({ type: 'keylock', seq: 0, on });
  }

  setLoop(loop: LoopSpan | null): number {
    this.rebase();
    this.loop = loop;
    this.model.pos = this.position();
    return this.command({ type: 'loop', seq: 0, loop });
  }

  /** Loop roll: `on` remembers where playback would be; off jumps there and restores `loop`. */
  roll(on: boolean, loop: LoopSpan | null, resumeAt?: number): number {
    this.rebase();
    this.loop = loop;
    if (!on && resumeAt !== undefined) this.model.pos = resumeAt;
    return this.command({ type: 'roll', seq: 0, on, loop });
  }

  setStemGain(index: number, gain: number): void {
    this.engine.markAudioCall(rampParam(this.engine.ctx, this.stemGains[index].gain, gain));
  }

  dispose(): void {
    this.node.port.onmessage = null;
    this.node.disconnect();
    this.output.disconnect();
  }

  private rebase() {
    this.model.pos = this.position();
    this.model.time = this.engine.ctx.currentTime;
  }

  private command(message: DeckMessage): number {
    const seq = ++this.seq;
    return this.post({ ...message, seq } as DeckMessage);
  }

  private post(message: DeckMessage): number {
    const at = performance.now();
    this.node.port.postMessage(message);
    this.engine.markAudioCall(at);
    return at;
  }

  private onReport(r: DeckReport) {
    this.reported = r.pos;
    if (r.seq < this.seq) return;
    const wasPlaying = this.model.playing;
    this.model = { pos: r.pos, time: r.time, playing: r.playing };
    if (wasPlaying && !r.playing && r.ended) this.onEnded();
  }
}

function channels(buffer: AudioBuffer): Float32Array[] {
  const out: Float32Array[] = [];
  for (let c = 0; c < Math.min(2, buffer.numberOfChannels); c++) out.push(buffer.getChannelData(c).slice());
  return out;
}
