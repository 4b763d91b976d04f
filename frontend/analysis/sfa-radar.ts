import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';

interface Axis {
  label: string;
  value: number;
  text: string;
}

/**
 * A radar (spider) chart of a track's global features, in SVG.
 *
 * Properties: `data` (JSON `[{ "label", "value": 0..1 on the axis' fixed scale, "text": shown value }]`).
 * Parts: `svg`.
 */
@customElement('sfa-radar')
export class SfaRadar extends LitElement {
  static styles = css`
    :host { display: block; max-width: 360px; font: 11px var(--lumo-font-family, sans-serif); }
    svg { width: 100%; height: auto; display: block; }
    text { fill: var(--lumo-secondary-text-color, #666); }
    .value { fill: var(--lumo-body-text-color, #222); font-weight: 600; }
  `;

  @property({ type: String }) data = '';

  render() {
    const axes: Axis[] = this.data ? JSON.parse(this.data) : [];
    const n = axes.length;
    if (n < 3) return html``;
    const c = 150;
    const r = 95;
    const point = (i: number, f: number) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      return [c + Math.cos(angle) * r * f, c + Math.sin(angle) * r * f];
    };
    const ring = (f: number) => axes.map((_, i) => point(i, f).join(',')).join(' ');
    const shape = axes.map((a, i) => point(i, Math.min(1, Math.max(0.02, a.value))).join(',')).join(' ');
    return html`<svg part="svg" viewBox="0 0 300 300" role="img" aria-label="Global features">
      ${[0.25, 0.5, 0.75, 1].map((f) => svg`<polygon points=${ring(f)} fill="none" stroke="#9ca3af" stroke-opacity="0.4"/>`)}
      ${axes.map((_, i) => {
        const [x, y] = point(i, 1);
        return svg`<line x1=${c} y1=${c} x2=${x} y2=${y} stroke="#9ca3af" stroke-opacity="0.4"/>`;
      })}
      <polygon points=${shape} fill="#5b8def" fill-opacity="0.35" stroke="#5b8def" stroke-width="2"/>
      ${axes.map((a, i) => {
        const [x, y] = point(i, 1.22);
        return svg`<text x=${x} y=${y - 5} text-anchor="middle">${a.label}</text>
          <text class="value" x=${x} y=${y + 8} text-anchor="middle">${a.text}</text>`;
      })}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-radar': SfaRadar;
  }
}
