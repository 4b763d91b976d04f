import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { DeckLoop, HotCue } from './deck-types';
import { fitCanvas, RedrawOnResize } from '../shared/canvas';
import { emit } from '../shared/events';

/**
 * A deck's waveform on a canvas, either `scroll` (playhead centred, `zoom` seconds visible, beat grid with downbeats
 * emphasised, cue/hot cue/loop markers; wheel zooms) or `overview` (the whole track; click or drag seeks).
 * Internal to <sfa-deck>: its events bubble but are not composed, so they never leave the deck's shadow root.
 *
 * Properties: `variant`, `data` (Int8Array of min/max pairs over the track), `duration`, `position`, `beats`,
 * `downbeats`, `cuePoint`, `hotCues`, `loop`, `zoom` (s), `interactive`.
 * Events: `sfa-dj-waveform-seek` `{time}` (overview), `sfa-dj-waveform-zoom` `{zoom}` (scroll, wheel).
 * Parts: `canvas`.
 */
@customElement('sfa-dj-waveform')
export class SfaDjWaveform extends LitElement {
  static styles = css`
    :host { display: block; height: 64px; position: relative; touch-action: none; background: #0b1020; }
    :host([variant='overview']) { height: 40px; cursor: pointer; }
    canvas { width: 100%; height: 100%; display: block; }
  `;

  @property({ type: String, reflect: true }) variant: 'scroll' | 'overview' = 'scroll';
  @property({ attribute: false }) data: Int8Array = new Int8Array(0);
  @property({ type: Number }) duration = 0;
  @property({ type: Number }) position = 0;
  @property({ attribute: false }) beats: number[] = [];
  @property({ attribute: false }) downbeats: number[] = [];
  @property({ type: Number }) cuePoint = -1;
  @property({ attribute: false }) hotCues: HotCue[] = [];
  @property({ attribute: false }) loop: DeckLoop | null = null;
  @property({ type: Number }) zoom = 8;
  @property({ type: Boolean }) interactive = true;

  @query('canvas') private canvas!: HTMLCanvasElement;
  private downbeatSet = new Set<number>();
  private readonly resize = new RedrawOnResize(this, () => this.draw());

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('downbeats')) this.downbeatSet = new Set(this.downbeats.map((t) => Math.round(t * 1000)));
  }

  protected updated() {
    this.draw();
  }

  render() {
    return html`<canvas part="canvas" @pointerdown=${this.onDown} @pointermove=${this.onMove}
      @wheel=${this.onWheel}></canvas>`;
  }

  private onDown(e: PointerEvent) {
    if (!this.interactive || this.variant !== 'overview') return;
    this.canvas.setPointerCapture(e.pointerId);
    this.seek(e);
  }

  private onMove(e: PointerEvent) {
    if (this.interactive && this.variant === 'overview' && e.buttons === 1) this.seek(e);
  }

  private onWheel(e: WheelEvent) {
    if (this.variant !== 'scroll') return;
    e.preventDefault();
    const zoom = Math.min(64, Math.max(1, this.zoom * (e.deltaY > 0 ? 1.25 : 0.8)));
    emit(this, 'sfa-dj-waveform-zoom', { zoom });
  }

  private seek(e: PointerEvent) {
    const box = this.canvas.getBoundingClientRect();
    const time = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width)) * this.duration;
    emit(this, 'sfa-dj-waveform-seek', { time });
  }

  private draw() {
    const fitted = fitCanvas(this.canvas);
    if (!fitted) return;
    const { g, width: w, height: h, ratio } = fitted;
    g.clearRect(0, 0, w, h);
    const overview = this.variant === 'overview';
    const span = overview ? Math.max(this.duration, 1e-3) : this.zoom;
    const t0 = overview ? 0 : this.position - span / 2;
    const x = (t: number) => ((t - t0) / span) * w;
    const l = this.loop;
    if (l && l.end > l.start) {
      g.fillStyle = l.active ? 'rgba(34,197,94,0.25)' : 'rgba(148,163,184,0.18)';
      g.fillRect(x(l.start), 0, Math.max(1, x(l.end) - x(l.start)), h);
    }
    if (!overview) this.drawGrid(g, t0, span, h, x);
    this.drawPeaks(g, t0, span, w, h, overview);
    g.fillStyle = '#f8fafc';
    if (this.cuePoint >= 0) this.marker(g, x(this.cuePoint), h, '#f8fafc');
    for (const c of this.hotCues) this.marker(g, x(c.time), h, c.color);
    g.fillStyle = '#ef4444';
    g.fillRect(Math.round(x(this.position)) - ratio, 0, 2 * ratio, h);
  }

  private drawGrid(g: CanvasRenderingContext2D, t0: number, span: number, h: number, x: (t: number) => number) {
    for (const b of this.beats) {
      if (b < t0 || b > t0 + span) continue;
      const down = this.downbeatSet.has(Math.round(b * 1000));
      g.fillStyle = down ? 'rgba(250,204,21,0.9)' : 'rgba(148,163,184,0.45)';
      g.fillRect(Math.round(x(b)), 0, down ? 2 : 1, h);
    }
  }

  private drawPeaks(g: CanvasRenderingContext2D, t0: number, span: number, w: number, h: number, overview: boolean) {
    const pairs = this.data.length / 2;
    if (pairs === 0 || !(this.duration > 0)) return;
    const perSecond = pairs / this.duration;
    const mid = h / 2;
    for (let px = 0; px < w; px++) {
      const ta = t0 + (px / w) * span;
      const tb = t0 + ((px + 1) / w) * span;
      if (tb < 0 || ta > this.duration) continue;
      const from = Math.max(0, Math.floor(ta * perSecond));
      const to = Math.min(pairs, Math.max(from + 1, Math.floor(tb * perSecond)));
      let min = 127;
      let max = -127;
      for (let i = from; i < to; i++) {
        min = Math.min(min, this.data[2 * i]);
        max = Math.max(max, this.data[2 * i + 1]);
      }
      if (min > max) continue;
      g.fillStyle = overview && ta < this.position ? '#64748b' : '#38bdf8';
      const top = mid - (max / 127) * mid;
      g.fillRect(px, top, 1, Math.max(1, mid - (min / 127) * mid - top));
    }
  }

  private marker(g: CanvasRenderingContext2D, px: number, h: number, color: string) {
    g.fillStyle = color;
    g.fillRect(Math.round(px), 0, 2, h);
    g.beginPath();
    g.moveTo(px - 5, 0);
    g.lineTo(px + 7, 0);
    g.lineTo(px + 1, 7);
    g.fill();
  }
}

/** Min/max peak pairs (signed bytes) from decoded audio, `perSecond` pairs per second. */
export function peaksFromBuffer(buffer: AudioBuffer, perSecond = 150): Int8Array {
  const data = buffer.getChannelData(0);
  const step = Math.max(1, Math.floor(buffer.sampleRate / perSecond));
  const pairs = Math.ceil(data.length / step);
  const out = new Int8Array(pairs * 2);
  for (let p = 0; p < pairs; p++) {
    let min = 0;
    let max = 0;
    for (let i = p * step, end = Math.min(data.length, i + step); i < end; i++) {
      const v = data[i];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    out[2 * p] = Math.max(-127, Math.round(min * 127));
    out[2 * p + 1] = Math.min(127, Math.round(max * 127));
  }
  return out;
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-dj-waveform': SfaDjWaveform;
  }
}
