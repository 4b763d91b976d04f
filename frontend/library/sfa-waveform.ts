import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { fitCanvas, RedrawOnResize } from '../shared/canvas';
import { emit } from '../shared/events';
import { decodePeaks } from '../shared/peaks';

/**
 * Waveform overview drawn on a canvas from min/max peak pairs.
 *
 * Properties: `peaks` (base64 of interleaved signed-byte min/max pairs), `progress` (0..1 playhead),
 * `markers` (JSON `{ duration, beats[], downbeats[], sections[{start,end,kind}], cues[{slot,time,label,color}] }`:
 * beat grid, section bands and hot-cue flags drawn over the waveform).
 * Events: `sfa-waveform-seek` `{ fraction }` when the user clicks or drags on the waveform.
 * Parts: `canvas`.
 */
@customElement('sfa-waveform')
export class SfaWaveform extends LitElement {
  static styles = css`
    :host { display: block; height: 96px; position: relative; cursor: pointer; touch-action: none; }
    canvas { width: 100%; height: 100%; display: block; }
  `;

  @property({ type: String }) peaks = '';
  @property({ type: Number }) progress = 0;
  @property({ type: String }) color = '#5b8def';
  @property({ type: String }) playedColor = '#f59e0b';
  @property({ type: String }) markers = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private decoded: Int8Array<ArrayBufferLike> = new Int8Array(0);
  private parsedMarkers: Markers | null = null;
  private readonly resize = new RedrawOnResize(this, () => this.draw());

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('peaks')) {
      this.decoded = decodePeaks(this.peaks);
    }
    if (changed.has('markers')) {
      this.parsedMarkers = this.markers ? JSON.parse(this.markers) : null;
    }
  }

  protected updated() {
    this.draw();
  }

  render() {
    return html`<canvas part="canvas" @pointerdown=${this.onPointer} @pointermove=${this.onDrag}></canvas>`;
  }

  private onPointer(e: PointerEvent) {
    this.canvas.setPointerCapture(e.pointerId);
    this.seekTo(e);
  }

  private onDrag(e: PointerEvent) {
    if (e.buttons === 1) this.seekTo(e);
  }

  private seekTo(e: PointerEvent) {
    const box = this.canvas.getBoundingClientRect();
    const fraction = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
    emit(this, 'sfa-waveform-seek', { fraction });
  }

  private draw() {
    const fitted = fitCanvas(this.canvas);
    if (!fitted) return;
    const { g, width, height, ratio } = fitted;
    g.clearRect(0, 0, width, height);
    const pairs = this.decoded.length / 2;
    if (pairs === 0) return;
    const mid = height / 2;
    const playedX = this.progress * width;
    for (let x = 0; x < width; x++) {
      const from = Math.floor((x / width) * pairs);
      const to = Math.max(from + 1, Math.floor(((x + 1) / width) * pairs));
      let min = 127;
      let max = -127;
      for (let i = from; i < to && i < pairs; i++) {
        min = Math.min(min, this.decoded[2 * i]);
        max = Math.max(max, this.decoded[2 * i + 1]);
      }
      g.fillStyle = x < playedX ? this.playedColor : this.color;
      const top = mid - (max / 127) * mid;
      const bottom = mid - (min / 127) * mid;
      g.fillRect(x, top, 1, Math.max(1, bottom - top));
    }
    if (this.parsedMarkers) drawMarkers(g, width, height, ratio, this.parsedMarkers);
    g.fillStyle = '#ffffff';
    g.fillRect(Math.min(width - 2, playedX), 0, 2 * ratio, height);
  }
}

interface Markers {
  duration: number;
  beats?: number[];
  downbeats?: number[];
  sections?: { start: number; end: number; kind: string }[];
  cues?: { slot: number; time: number; label: string; color: string }[];
}

const SECTION_COLORS: Record<string, string> = {
  INTRO: '#60a5fa',
  BUILD: '#fbbf24',
  DROP: '#ef4444',
  BREAKDOWN: '#a78bfa',
  MAIN: '#34d399',
  OUTRO: '#94a3b8',
};

function drawMarkers(g: CanvasRenderingContext2D, width: number, height: number, ratio: number, m: Markers) {
  if (!(m.duration > 0)) return;
  const x = (t: number) => (t / m.duration) * width;
  for (const s of m.sections ?? []) {
    g.fillStyle = SECTION_COLORS[s.kind] ?? '#64748b';
    g.globalAlpha = 0.8;
    g.fillRect(x(s.start), height - 4 * ratio, Math.max(1, x(s.end) - x(s.start) - ratio), 4 * ratio);
  }
  g.globalAlpha = 1;
  const beats = m.beats ?? [];
  const beatsDense = beats.length > 0 && width / beats.length < 4 * ratio;
  g.fillStyle = 'rgba(255,255,255,0.18)';
  if (!beatsDense) for (const t of beats) g.fillRect(x(t), 0, ratio, height);
  g.fillStyle = beatsDense ? 'rgba(255,255,255,0.16)' : 'rgba(255,255,255,0.4)';
  const downbeats = m.downbeats ?? [];
  const everyNth = Math.max(1, Math.ceil((downbeats.length * 3 * ratio) / width));
  downbeats.forEach((t, i) => {
    if (i % everyNth === 0) g.fillRect(x(t), 0, ratio, height);
  });
  g.font = `${10 * ratio}px sans-serif`;
  for (const c of m.cues ?? []) {
    const cx = x(c.time);
    g.fillStyle = c.color;
    g.fillRect(cx, 0, 1.5 * ratio, height);
    g.beginPath();
    g.moveTo(cx, 0);
    g.lineTo(cx + 12 * ratio, 0);
    g.lineTo(cx + 12 * ratio, 11 * ratio);
    g.lineTo(cx, 11 * ratio);
    g.fill();
    g.fillStyle = '#000';
    g.fillText(String(c.slot + 1), cx + 3 * ratio, 9 * ratio);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-waveform': SfaWaveform;
  }
}
