/**
 * The deck's AudioWorkletProcessor. Its source is `deckProcessorModule.toString()`, loaded through a Blob URL
 * (see DjEngine), so it must not refer to anything outside the function body.
 *
 * Why playback runs in a worklet: play, jumps, loop wraps, loop rolls and rate changes all take effect at an exact
 * sample inside the audio thread (no setTimeout, no re-created AudioBufferSourceNodes), key lock (WSOLA time
 * stretching) needs the samples anyway, and all stems are read at one shared position, so they stay sample-synchronous.
 *
 * Outputs: 0 = full mix, 1..4 = stems (vocals, drums, bass, other), each stereo. Messages in: see DeckMessage.
 * A transport `shift` moves relative to wherever playback is when the message arrives (used by sync, so the
 * phase correction does not depend on message latency). Messages out: `{type: 'state', seq, pos, time, playing, ended}` (pos in seconds at the audio-clock `time`),
 * sent after every command and every 8 render quanta.
 */
declare const sampleRate: number;
declare const currentTime: number;
declare function registerProcessor(name: string, ctor: unknown): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

export const DECK_PROCESSOR = 'sfa-deck-processor';
export const DECK_OUTPUTS = 5;

export interface LoopSpan {
  start: number;
  end: number;
}
export type DeckMessage =
  | { type: 'load'; tracks: Float32Array[][]; outputs: number[]; keepPosition: boolean }
  | { type: 'transport'; seq: number; playing?: boolean; pos?: number; shift?: number }
  | { type: 'rate'; seq: number; rate: number }
  | { type: 'keylock'; seq: number; on: boolean }
  | { type: 'loop'; seq: number; loop: LoopSpan | null }
  | { type: 'roll'; seq: number; on: boolean; loop: LoopSpan | null };

export interface DeckReport {
  type: 'state';
  seq: number;
  pos: number;
  time: number;
  playing: boolean;
  ended: boolean;
}

export function deckProcessorModule(): void {
  const FADE = 64;

  /** Streaming WSOLA: frames of W samples, synthesis hop W/2 with a Hann window, analysis hop rate·W/2. */
  class Wsola {
    readonly w: number;
    readonly hop: number;
    readonly tolerance: number;
    readonly window: Float32Array;
    acc: Float32Array[] = [];
    ready: Float32Array[] = [];
    readIndex = 0;
    prevStart = 0;
    region: Float32Array;
    target: Float32Array;

    constructor() {
      let w = 1024;
      while (w < 0.04 * sampleRate) w *= 2;
      this.w = w;
      this.hop = w / 2;
      this.tolerance = Math.round(0.008 * sampleRate);
      this.window = new Float32Array(w);
      for (let i = 0; i < w; i++) this.window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / w);
      this.region = new Float32Array(2 * this.tolerance + this.hop);
      this.target = new Float32Array(this.hop);
    }

    get exhausted(): boolean {
      return this.readIndex >= this.hop;
    }

    reset(p: DeckProcessor, pos: number, rate: number) {
      const lanes = p.tracks.length * 2;
      this.acc = Array.from({ length: lanes }, () => new Float32Array(this.w));
      this.ready = Array.from({ length: lanes }, () => new Float32Array(this.hop));
      this.prevStart = Math.floor(pos - this.hop * rate);
      this.addFrame(p, this.prevStart);
      this.readIndex = this.hop;
    }

    synth(p: DeckProcessor, nominal: number) {
      const tol = this.tolerance;
      const L = this.hop;
      const base = Math.floor(nominal) - tol;
      const natural = this.prevStart + this.hop;
      for (let i = 0; i < L; i++) this.target[i] = p.mono(natural + i);
      for (let i = 0; i < this.region.length; i++) this.region[i] = p.mono(base + i);
      let best = tol;
      let bestScore = -Infinity;
      const score = (d: number) => {
        let c = 0;
        let e = 1e-9;
        for (let i = 0; i < L; i += 4) {
          const x = this.region[d + i];
          c += x * this.target[i];
          e += x * x;
        }
        return c / Math.sqrt(e);
      };
      for (let d = 0; d <= 2 * tol; d += 2) {
        const s = score(d);
        if (s > bestScore) {
          bestScore = s;
          best = d;
        }
      }
      for (const d of [best - 1, best + 1]) {
        if (d >= 0 && d <= 2 * tol && score(d) > bestScore) {
          bestScore = score(d);
          best = d;
        }
      }
      this.prevStart = base + best;
      this.addFrame(p, this.prevStart);
      this.readIndex = 0;
    }

    private addFrame(p: DeckProcessor, start: number) {
      const w = this.w;
      for (let lane = 0; lane < this.acc.length; lane++) {
        const data = p.tracks[lane >> 1][Math.min(lane & 1, p.tracks[lane >> 1].length - 1)];
        const acc = this.acc[lane];
        for (let i = 0; i < w; i++) acc[i] += this.window[i] * p.sampleAt(data, start + i);
        this.ready[lane].set(acc.subarray(0, this.hop));
        acc.copyWithin(0, this.hop);
        acc.fill(0, w - this.hop);
      }
    }
  }

  class DeckProcessor extends AudioWorkletProcessor {
    tracks: Float32Array[][] = [];
    outputs: number[] = [];
    length = 0;
    playing = false;
    ended = false;
    pos = 0;
    rate = 1;
    keyLock = false;
    loop: { start: number; end: number } | null = null;
    rollShadow = -1;
    inRamp = FADE;
    tail = 0;
    tailLeft = 0;
    seq = 0;
    blocks = 0;
    dirty = true;
    stretching = false;
    wsola = new Wsola();

    constructor() {
      super();
      this.port.onmessage = (e: MessageEvent) => this.command(e.data);
    }

    command(m: DeckMessage) {
      const sr = sampleRate;
      if (m.type === 'load') {
        this.tracks = m.tracks;
        this.outputs = m.outputs;
        this.length = Math.min(...m.tracks.map((t) => t[0].length));
        if (!m.keepPosition) {
          this.pos = 0;
          this.playing = false;
          this.loop = null;
          this.rollShadow = -1;
        }
        this.stretching = false;
        this.ended = false;
      } else {
        this.seq = m.seq;
        if (m.type === 'transport') {
          if (m.pos !== undefined) this.jump(m.pos * sr);
          if (m.shift !== undefined) this.jump(this.pos + m.shift * sr);
          if (m.playing !== undefined && m.playing !== this.playing) {
            if (m.playing) {
              this.inRamp = 0;
              this.ended = false;
              this.stretching = false;
            } else this.startTail(this.pos);
            this.playing = m.playing;
          }
        } else if (m.type === 'rate') {
          this.rate = m.rate;
        } else if (m.type === 'keylock') {
          this.keyLock = m.on;
        } else if (m.type === 'loop') {
          this.loop = m.loop ? { start: m.loop.start * sr, end: m.loop.end * sr } : null;
          this.wrap();
        } else if (m.type === 'roll') {
          if (m.on) this.rollShadow = this.pos;
          else if (this.rollShadow >= 0) {
            const s = this.rollShadow;
            this.rollShadow = -1;
            this.loop = null;
            this.jump(s);
          }
          this.loop = m.loop ? { start: m.loop.start * sr, end: m.loop.end * sr } : null;
          this.wrap();
        }
      }
      this.dirty = true;
    }

    jump(target: number) {
      if (this.playing) this.startTail(this.pos);
      this.pos = Math.max(0, target);
      this.inRamp = 0;
      this.stretching = false;
    }

    startTail(from: number) {
      this.tail = from;
      this.tailLeft = FADE;
    }

    wrap() {
      const l = this.loop;
      if (!l || l.end <= l.start || this.pos < l.end) return;
      if (this.playing) this.startTail(this.pos);
      this.pos = l.start + ((this.pos - l.start) % (l.end - l.start));
      this.inRamp = 0;
      this.stretching = false;
    }

    sampleAt(data: Float32Array, q: number): number {
      const l = this.loop;
      if (l && q >= l.end && l.end > l.start) q = Math.floor(l.start + ((q - l.start) % (l.end - l.start)));
      return q >= 0 && q < data.length ? data[q] : 0;
    }

    mono(q: number): number {
      let s = 0;
      for (const t of this.tracks) s += this.sampleAt(t[0], q);
      return s;
    }

    interp(data: Float32Array, q: number): number {
      const i = Math.floor(q);
      if (i < 0 || i + 1 >= data.length) return 0;
      return data[i] + (data[i + 1] - data[i]) * (q - i);
    }

    process(_inputs: Float32Array[][], outs: Float32Array[][]): boolean {
      const n = outs[0][0].length;
      if (this.dirty || ++this.blocks % 8 === 0) this.report(currentTime);
      for (const out of outs) for (const ch of out) ch.fill(0);
      if (!this.tracks.length || (!this.playing && this.tailLeft === 0)) return true;
      const useStretch = this.keyLock && Math.abs(this.rate - 1) > 1e-6;
      if (this.playing && useStretch && !this.stretching) {
        this.wsola.reset(this, this.pos, this.rate);
        this.stretching = true;
      }
      if (this.playing && !useStretch && this.stretching) {
        this.startTail(this.pos);
        this.inRamp = 0;
        this.stretching = false;
      }
      for (let j = 0; j < n; j++) {
        if (this.playing && this.pos >= this.length) {
          this.playing = false;
          this.ended = true;
          this.dirty = true;
        }
        if (this.playing) {
          const g = this.inRamp < FADE ? ++this.inRamp / FADE : 1;
          if (this.stretching && this.wsola.exhausted) this.wsola.synth(this, this.pos);
          for (let t = 0; t < this.tracks.length; t++) {
            const out = outs[this.outputs[t]];
            const track = this.tracks[t];
            for (let c = 0; c < out.length; c++) {
              const v = this.stretching
                ? this.wsola.ready[2 * t + Math.min(c, 1)][this.wsola.readIndex]
                : this.interp(track[Math.min(c, track.length - 1)], this.pos);
              out[c][j] += g * v;
            }
          }
          if (this.stretching) this.wsola.readIndex++;
          this.pos += this.rate;
          if (this.rollShadow >= 0) this.rollShadow += this.rate;
          const l = this.loop;
          if (l && this.pos >= l.end && l.end > l.start) {
            if (!this.stretching) this.startTail(this.pos);
            this.pos = l.start + ((this.pos - l.start) % (l.end - l.start));
            if (!this.stretching) this.inRamp = 0;
          }
        }
        if (this.tailLeft > 0) {
          const g = this.tailLeft-- / FADE;
          for (let t = 0; t < this.tracks.length; t++) {
            const out = outs[this.outputs[t]];
            const track = this.tracks[t];
            for (let c = 0; c < out.length; c++)
              out[c][j] += g * this.interp(track[Math.min(c, track.length - 1)], this.tail);
          }
          this.tail += this.rate;
        }
      }
      return true;
    }

    report(time: number) {
      this.dirty = false;
      const msg: DeckReport = {
        type: 'state',
        seq: this.seq,
        pos: this.pos / sampleRate,
        time,
        playing: this.playing,
        ended: this.ended,
      };
      this.port.postMessage(msg);
    }
  }

  registerProcessor('sfa-deck-processor', DeckProcessor);
}
