import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { fitCanvas, RedrawOnResize } from '../shared/canvas';

export interface ThroughputPoint {
  minute: string;
  completed: number;
  failed: number;
}

/**
 * Stacked bars of jobs completed (green) and failed (red) per minute.
 *
 * Properties: `points` (oldest first). No events. Parts: `canvas`.
 */
@customElement('sfa-throughput-chart')
export class SfaThroughputChart extends LitElement {
  static styles = css`
    :host { display: block; height: 140px; }
    canvas { width: 100%; height: 100%; display: block; }
  `;

  @property({ type: Array }) points: ThroughputPoint[] = [];
  @query('canvas') private canvas!: HTMLCanvasElement;
  private readonly resize = new RedrawOnResize(this, () => this.draw());

  render() {
    return html`<canvas part="canvas" role="img" aria-label="Jobs completed and failed per minute"></canvas>`;
  }

  protected updated() {
    this.draw();
  }

  private draw() {
    const fitted = fitCanvas(this.canvas);
    if (!fitted) return;
    const { g, width, height, ratio } = fitted;
    g.clearRect(0, 0, width, height);
    const axis = 18 * ratio;
    const plotHeight = height - axis;
    const max = Math.max(1, ...this.points.map((p) => p.completed + p.failed));
    const slot = width / Math.max(1, this.points.length);
    this.points.forEach((p, i) => {
      const x = i * slot + slot * 0.1;
      const w = Math.max(1, slot * 0.8);
      const completed = (p.completed / max) * plotHeight;
      const failed = (p.failed / max) * plotHeight;
      g.fillStyle = '#16a34a';
      g.fillRect(x, plotHeight - completed, w, completed);
      g.fillStyle = '#dc2626';
      g.fillRect(x, plotHeight - completed - failed, w, failed);
    });
    g.fillStyle = '#6b7280';
    g.font = `${11 * ratio}px sans-serif`;
    g.fillText(`max ${max}/min`, 2 * ratio, 12 * ratio);
    g.fillText('-60 min', 2 * ratio, height - 4 * ratio);
    const now = 'now';
    g.fillText(now, width - g.measureText(now).width - 2 * ratio, height - 4 * ratio);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-throughput-chart': SfaThroughputChart;
  }
}
