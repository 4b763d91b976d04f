import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { fitCanvas, RedrawOnResize } from '../shared/canvas';
import { formatTime } from '../shared/time';
import { heatColor } from './heat-color';

/**
 * A time × bins heatmap on canvas (chroma, MFCC).
 *
 * Properties: `data` (JSON `{ "values": number[][] (frame → bin), "labels": string[], "duration": seconds }`),
 * `scaling` (`frame`: each frame scaled to its maximum, as for chroma; `bin`: each bin scaled to its own
 * range, as for MFCC).
 * Parts: `canvas`.
 */
@customElement('sfa-heatmap')
export class SfaHeatmap extends LitElement {
  static styles = css`
    :host { display: block; font: 11px var(--lumo-font-family, sans-serif); color: var(--lumo-secondary-text-color); }
    .frame { display: grid; grid-template-columns: 2.5em 1fr; gap: 4px; }
    .labels { display: flex; flex-direction: column-reverse; justify-content: space-around; text-align: right; }
    canvas { width: 100%; height: 160px; display: block; border-radius: 4px; background: #111827; }
    .axis { display: flex; justify-content: space-between; margin-left: calc(2.5em + 4px); }
  `;

  @property({ type: String }) data = '';
  @property({ type: String }) scaling: 'frame' | 'bin' = 'frame';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private parsed: { values: number[][]; labels: string[]; duration: number } = { values: [], labels: [], duration: 0 };
  private readonly resize = new RedrawOnResize(this, () => this.draw());

  protected willUpdate() {
    this.parsed = this.data ? JSON.parse(this.data) : { values: [], labels: [], duration: 0 };
  }

  protected updated() {
    this.draw();
  }

  render() {
    const d = this.parsed.duration;
    return html`
      <div class="frame">
        <div class="labels">${this.parsed.labels.map((l) => html`<span>${l}</span>`)}</div>
        <canvas part="canvas"></canvas>
      </div>
      <div class="axis"><span>0:00</span><span>${formatTime(d / 2)}</span><span>${formatTime(d)}</span></div>`;
  }

  private draw() {
    const fitted = fitCanvas(this.canvas);
    const values = this.parsed.values;
    if (!fitted || values.length === 0) return;
    const { g, width, height } = fitted;
    const bins = values[0].length;
    const scaled = this.scaling === 'frame' ? byFrame(values) : byBin(values, bins);
    const cellH = height / bins;
    const columns = Math.min(width, values.length);
    for (let x = 0; x < columns; x++) {
      const from = Math.floor((x / columns) * values.length);
      const to = Math.max(from + 1, Math.floor(((x + 1) / columns) * values.length));
      const left = Math.floor((x / columns) * width);
      const right = Math.floor(((x + 1) / columns) * width);
      for (let b = 0; b < bins; b++) {
        let sum = 0;
        for (let i = from; i < to; i++) sum += scaled[i][b];
        g.fillStyle = heatColor(sum / (to - from));
        g.fillRect(left, height - (b + 1) * cellH, right - left, Math.ceil(cellH));
      }
    }
  }
}

function byFrame(values: number[][]): number[][] {
  return values.map((frame) => {
    const max = Math.max(...frame.map((v) => v ?? 0));
    return frame.map((v) => (max > 0 ? (v ?? 0) / max : 0));
  });
}

function byBin(values: number[][], bins: number): number[][] {
  const lo = new Array(bins).fill(Infinity);
  const hi = new Array(bins).fill(-Infinity);
  for (const frame of values) {
    frame.forEach((v, b) => {
      lo[b] = Math.min(lo[b], v ?? 0);
      hi[b] = Math.max(hi[b], v ?? 0);
    });
  }
  return values.map((frame) => frame.map((v, b) => (hi[b] > lo[b] ? ((v ?? 0) - lo[b]) / (hi[b] - lo[b]) : 0)));
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-heatmap': SfaHeatmap;
  }
}
