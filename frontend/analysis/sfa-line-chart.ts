import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { fitCanvas, RedrawOnResize } from '../shared/canvas';
import { formatTime } from '../shared/time';

interface Series {
  name: string;
  color: string;
  unit: string;
  values: (number | null)[];
}

/**
 * Several feature curves over time on one canvas. Each curve is scaled to its own range, which its legend
 * entry states, so curves of different units can be compared by shape.
 *
 * Properties: `data` (JSON `{ "duration": seconds, "series": [{ "name", "color", "unit", "values" }] }`).
 * Parts: `canvas`, `legend`.
 */
@customElement('sfa-line-chart')
export class SfaLineChart extends LitElement {
  static styles = css`
    :host { display: block; font: 11px var(--lumo-font-family, sans-serif); color: var(--lumo-secondary-text-color); }
    canvas { width: 100%; height: 140px; display: block; border-radius: 4px; background: #111827; }
    .legend { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-top: 4px; }
    .swatch { display: inline-block; width: 10px; height: 3px; vertical-align: middle; margin-right: 4px; }
    .axis { display: flex; justify-content: space-between; }
  `;

  @property({ type: String }) data = '';

  @query('canvas') private canvas!: HTMLCanvasElement;
  private parsed: { duration: number; series: Series[] } = { duration: 0, series: [] };
  private readonly resize = new RedrawOnResize(this, () => this.draw());

  protected willUpdate() {
    this.parsed = this.data ? JSON.parse(this.data) : { duration: 0, series: [] };
  }

  protected updated() {
    this.draw();
  }

  render() {
    const d = this.parsed.duration;
    return html`
      <canvas part="canvas"></canvas>
      <div class="axis"><span>0:00</span><span>${formatTime(d / 2)}</span><span>${formatTime(d)}</span></div>
      <div class="legend" part="legend">
        ${this.parsed.series.map((s) => {
          const [lo, hi] = range(s.values);
          return html`<span><span class="swatch" style="background:${s.color}"></span>${s.name}
            <small>${round(lo)}–${round(hi)} ${s.unit}</small></span>`;
        })}
      </div>`;
  }

  private draw() {
    const fitted = fitCanvas(this.canvas);
    if (!fitted) return;
    const { g, width, height } = fitted;
    g.clearRect(0, 0, width, height);
    for (const s of this.parsed.series) {
      const [lo, hi] = range(s.values);
      if (s.values.length < 2 || hi <= lo) continue;
      g.strokeStyle = s.color;
      g.lineWidth = Math.max(1, window.devicePixelRatio || 1);
      g.beginPath();
      let pen = false;
      s.values.forEach((v, i) => {
        if (v == null) {
          pen = false;
          return;
        }
        const x = (i / (s.values.length - 1)) * width;
        const y = height - 2 - ((v - lo) / (hi - lo)) * (height - 4);
        if (pen) g.lineTo(x, y);
        else g.moveTo(x, y);
        pen = true;
      });
      g.stroke();
    }
  }
}

function range(values: (number | null)[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v == null) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return lo === Infinity ? [0, 0] : [lo, hi];
}

function round(v: number): string {
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 1 ? v.toFixed(1) : v.toFixed(3);
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-line-chart': SfaLineChart;
  }
}
