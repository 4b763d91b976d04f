import { LitElement, css, html, PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';

/**
 * Waveform overview drawn on a canvas from min/max peak pairs.
 *
 * Properties: `peaks` (base64 of interleaved signed-byte min/max pairs), `progress` (0..1 playhead).
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

  @query('canvas') private canvas!: HTMLCanvasElement;
  private decoded: Int8Array<ArrayBufferLike> = new Int8Array(0);
  private resizeObserver = new ResizeObserver(() => this.draw());

  connectedCallback() {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    this.resizeObserver.disconnect();
    super.disconnectedCallback();
  }

  protected willUpdate(changed: PropertyValues) {
    if (changed.has('peaks')) {
      this.decoded = decodeBase64(this.peaks);
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
    this.dispatchEvent(new CustomEvent('sfa-waveform-seek', { detail: { fraction }, bubbles: true, composed: true }));
  }

  private draw() {
    const canvas = this.canvas;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
    const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const g = canvas.getContext('2d');
    if (!g) return;
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
    g.fillStyle = '#ffffff';
    g.fillRect(Math.min(width - 2, playedX), 0, 2 * ratio, height);
  }
}

function decodeBase64(text: string): Int8Array {
  if (!text) return new Int8Array(0);
  const binary = atob(text);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  }
  return bytes;
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-waveform': SfaWaveform;
  }
}
