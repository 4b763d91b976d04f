import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Band } from './audio/channel-strip';
import type { CrossfaderCurve } from './audio/curves';
import { DjEngine } from './audio/dj-engine';
import { FrameCoalescer } from './coalesce';
import { emit } from '../shared/events';
import { parseJson } from './deck-types';
import {
  type ChannelParam,
  type ChannelState,
  defaultMixerState,
  mergeMixerState,
  type MixerState,
} from './mixer-types';

const BANDS: Record<string, Band> = {
  eqLow: 'low',
  eqMid: 'mid',
  eqHigh: 'high',
  killLow: 'low',
  killMid: 'mid',
  killHigh: 'high',
};

/**
 * DJ mixer: per channel trim, 3-band EQ with kills, one-knob filter and fader; crossfader with curve; master with a
 * peak-hold level meter. In `dj` mode every input changes the shared DjEngine's AudioParams in the same frame; in
 * `spectator` mode it only displays `state` and never opens an AudioContext. Curves: see audio/curves.ts.
 *
 * Properties: `channels` (2|4), `mode` ("dj"|"spectator"), `state` (JSON MixerState, applied without events).
 * Methods: `restore(stateJson)` (no events); `handleAction(action, pressed, value)` for keyboard/MIDI (fires events):
 * actions `ch<n>-<param>` (value in the param's units; kills toggle on press), `crossfader` (−1..1),
 * `crossfader-step` (delta), `curve` (0 linear, 1 power, 2 cut), `master` (0..1).
 * Read-only: `audioState` {channels: [{gain, bandGains: {low, mid, high}, filter: {type, frequency}, fader,
 * crossfaderGain}], master, crossfader, curve} read from the AudioParams.
 * Events (bubbling, composed, user input only; continuous ones ≤ 1 per frame per control with the latest value):
 * `sfa-mixer-change` {channel, param, value}, `sfa-mixer-crossfader` {value, curve}, `sfa-mixer-master` {value}.
 * Parts: `meter`.
 */
@customElement('sfa-mixer')
export class SfaMixer extends LitElement {
  static styles = css`
    :host { display: block; color: #e2e8f0; background: #111827; border-radius: 8px; padding: 8px; font: 12px system-ui, sans-serif; }
    .channels { display: flex; gap: 10px; justify-content: center; }
    .ch { display: flex; flex-direction: column; align-items: center; gap: 3px; }
    .knob { display: flex; align-items: center; gap: 2px; }
    .knob input { width: 70px; }
    label { color: #94a3b8; width: 28px; }
    .fader { writing-mode: vertical-lr; direction: rtl; height: 110px; width: 24px; }
    button { font: inherit; color: inherit; background: #1f2937; border: 1px solid #374151; border-radius: 3px; padding: 1px 4px; cursor: pointer; touch-action: none; }
    button[aria-pressed='true'] { background: #ef4444; }
    .bottom { display: flex; gap: 6px; align-items: center; margin-top: 8px; }
    #crossfader { flex: 1; }
    canvas { width: 100%; height: 10px; display: block; margin-top: 6px; background: #0b1020; }
    :host([mode='spectator']) input, :host([mode='spectator']) button, :host([mode='spectator']) select { pointer-events: none; opacity: 0.6; }
    input { accent-color: #38bdf8; }
  `;

  @property({ type: Number }) channels = 2;
  @property({ type: String, reflect: true }) mode: 'dj' | 'spectator' = 'dj';
  @property({ type: String }) state = '';
  @query('canvas') private meter!: HTMLCanvasElement;
  private s: MixerState = defaultMixerState();
  private readonly coalescer = new FrameCoalescer();
  private raf = 0;
  private peakHold = { level: 0, at: 0 };
  private meterBuffer = new Float32Array(2048);

  get audioState() {
    const e = DjEngine.peek();
    if (!e || this.mode !== 'dj') return null;
    return {
      channels: e.strips.map((s) => s.snapshot()),
      master: e.master.gain.value,
      crossfader: e.crossfader,
      curve: e.curve,
    };
  }

  restore(stateJson: string): void {
    if (this.hasUpdated && this.isUpdatePending) this.performUpdate();
    this.s = mergeMixerState(this.s, parseJson<Partial<MixerState>>(stateJson, {}));
    this.applyAll();
    this.requestUpdate();
  }

  connectedCallback() {
    super.connectedCallback();
    const tick = () => {
      this.drawMeter();
      this.raf = requestAnimationFrame(tick);
    };
    this.raf = requestAnimationFrame(tick);
  }

  disconnectedCallback() {
    cancelAnimationFrame(this.raf);
    super.disconnectedCallback();
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('state')) this.s = mergeMixerState(this.s, parseJson<Partial<MixerState>>(this.state, {}));
    if (changed.has('state') || changed.has('mode')) this.applyAll();
  }

  render() {
    const count = this.channels === 4 ? 4 : 2;
    const s = this.s;
    return html`<div @input=${this.onInput} @change=${this.onInput} @pointerdown=${this.onDown}>
      <div class="channels">${this.s.channels.slice(0, count).map((c, i) => this.channel(c, i))}</div>
      <div class="bottom">
        <span>A</span>
        <input id="crossfader" type="range" min="-1" max="1" step="0.001" .value=${String(s.crossfader)}
          data-action="crossfader" data-midi-target="mixer.crossfader" />
        <span>B</span>
        <select id="curve" data-action="curve" title="Crossfader curve">
          ${(['linear', 'power', 'cut'] as CrossfaderCurve[]).map(
            (c, i) => html`<option value=${i} ?selected=${c === s.curve}>${c}</option>`,
          )}
        </select>
      </div>
      <div class="bottom">
        <label>MST</label>
        <input id="master" type="range" min="0" max="1" step="0.001" .value=${String(s.master)}
          data-action="master" data-midi-target="mixer.master" />
      </div>
      <canvas part="meter"></canvas>
    </div>`;
  }

  private channel(c: ChannelState, i: number) {
    const knob = (
      param: ChannelParam,
      label: string,
      min: number,
      max: number,
      step: number,
      kill?: ChannelParam,
    ) => html`
      <div class="knob"><label>${label}</label>
        <input id=${`ch${i}-${param}`} type="range" min=${min} max=${max} step=${step} .value=${String(c[param])}
          data-action=${`ch${i}-${param}`} data-midi-target=${`mixer.ch${i}-${param}`} />
        ${
          kill
            ? html`<button id=${`ch${i}-${kill}`} data-action=${`ch${i}-${kill}`} data-midi-target=${`mixer.ch${i}-${kill}`}
          aria-pressed=${c[kill] ? 'true' : 'false'}>K</button>`
            : ''
        }
      </div>`;
    return html`<div class="ch"><strong>${'ABCD'[i]}</strong>
      ${knob('gain', 'TRIM', 0, 2, 0.01)} ${knob('eqHigh', 'HI', -26, 6, 0.1, 'killHigh')}
      ${knob('eqMid', 'MID', -26, 6, 0.1, 'killMid')} ${knob('eqLow', 'LOW', -26, 6, 0.1, 'killLow')}
      ${knob('filter', 'FLT', -1, 1, 0.001)}
      <input class="fader" id=${`ch${i}-fader`} type="range" min="0" max="1" step="0.001" .value=${String(c.fader)}
        data-action=${`ch${i}-fader`} data-midi-target=${`mixer.ch${i}-fader`} />
    </div>`;
  }

  /** Keyboard/MIDI/pointer entry point (user input: fires events). */
  handleAction(action: string, pressed: boolean, value = 0): void {
    if (this.mode !== 'dj') return;
    const s = this.s;
    if (action === 'crossfader' || action === 'crossfader-step' || action === 'curve') {
      if (action === 'curve') s.curve = (['linear', 'power', 'cut'] as const)[value] ?? 'power';
      else s.crossfader = Math.max(-1, Math.min(1, action === 'crossfader' ? value : s.crossfader + value));
      DjEngine.get().setCrossfader(s.crossfader, s.curve);
      this.coalescer.schedule('crossfader', () =>
        emit(this, 'sfa-mixer-crossfader', { value: s.crossfader, curve: s.curve }),
      );
    } else if (action === 'master') {
      s.master = Math.max(0, Math.min(1, value));
      DjEngine.get().setMaster(s.master);
      this.coalescer.schedule('master', () => emit(this, 'sfa-mixer-master', { value: s.master }));
    } else {
      const m = /^ch(\d)-(\w+)$/.exec(action);
      if (!m) return;
      const channel = Number(m[1]);
      const param = m[2] as ChannelParam;
      const c = s.channels[channel];
      if (!c || !(param in c)) return;
      if (typeof c[param] === 'boolean') {
        if (!pressed) return;
        (c[param] as boolean) = !c[param];
        this.applyParam(channel, param);
        emit(this, 'sfa-mixer-change', { channel, param, value: c[param] });
      } else {
        (c[param] as number) = value;
        this.applyParam(channel, param);
        this.coalescer.schedule(action, () => emit(this, 'sfa-mixer-change', { channel, param, value: c[param] }));
      }
    }
    this.requestUpdate();
  }

  private applyParam(channel: number, param: ChannelParam) {
    if (this.mode !== 'dj') return;
    const engine = DjEngine.get();
    const strip = engine.strips[channel];
    const c = this.s.channels[channel];
    if (param === 'gain') strip.setTrim(c.gain);
    else if (param === 'filter') strip.setFilter(c.filter);
    else if (param === 'fader') strip.setFader(c.fader);
    else if (param.startsWith('kill')) strip.setKill(BANDS[param], c[param] as boolean);
    else strip.setEq(BANDS[param], c[param] as number);
    engine.markAudioCall(strip.lastCallAt);
  }

  private applyAll() {
    if (this.mode !== 'dj') return;
    const engine = DjEngine.get();
    this.s.channels.forEach((_, i) =>
      (
        ['gain', 'eqLow', 'eqMid', 'eqHigh', 'killLow', 'killMid', 'killHigh', 'filter', 'fader'] as ChannelParam[]
      ).forEach((p) => this.applyParam(i, p)),
    );
    engine.setCrossfader(this.s.crossfader, this.s.curve);
    engine.setMaster(this.s.master);
  }

  private onInput(e: Event) {
    const el = e.target as HTMLInputElement;
    if (e.type === 'change' && el.type === 'range') return; // already handled by its input events
    if (el.dataset?.action && el.tagName !== 'BUTTON') this.handleAction(el.dataset.action, true, Number(el.value));
  }

  private onDown(e: PointerEvent) {
    const el = e.target as HTMLElement;
    if (el.tagName === 'BUTTON' && el.dataset.action && e.button === 0) this.handleAction(el.dataset.action, true);
  }

  private drawMeter() {
    const engine = DjEngine.peek();
    const canvas = this.meter;
    if (!canvas || !engine || this.mode !== 'dj') return;
    engine.analyser.getFloatTimeDomainData(this.meterBuffer);
    let peak = 0;
    for (const v of this.meterBuffer) peak = Math.max(peak, Math.abs(v));
    const level = Math.max(0, 1 + (20 * Math.log10(peak + 1e-9)) / 60);
    const now = performance.now();
    if (level >= this.peakHold.level || now - this.peakHold.at > 1000) this.peakHold = { level, at: now };
    const w = (canvas.width = canvas.clientWidth || 200);
    const h = (canvas.height = canvas.clientHeight || 10);
    const g = canvas.getContext('2d');
    if (!g) return;
    g.fillStyle = level > 0.95 ? '#ef4444' : level > 0.85 ? '#f59e0b' : '#22c55e';
    g.fillRect(0, 0, level * w, h);
    g.fillStyle = '#f8fafc';
    g.fillRect(Math.min(w - 2, this.peakHold.level * w), 0, 2, h);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-mixer': SfaMixer;
  }
}
