import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../library/sfa-waveform';
import { emit } from '../shared/events';
import { formatTime } from '../shared/time';
import { StemPlayer, type StemSource, peaksOf } from './audio/stem-player';

interface StemEntry extends StemSource {
  label: string;
  download: string;
}

/**
 * Stem mixer: fetches and decodes a track's stems, plays them in sync through one AudioContext, with mute,
 * solo and volume per stem, a waveform per stem, play/pause/seek and download links.
 *
 * Properties: `stems` (JSON array of `{stem, label, url, download}`), `zip` (URL of all stems as ZIP),
 * `status` (text shown while there are no stems, e.g. "Separating… 42 %").
 * Read-only (for tests): `playing`, `position` (seconds), `loaded`, `gains` (stem → current gain value).
 * Events (separation-events.ts): `sfa-stem-mixer-state` `{ playing, position }` when the user plays, pauses or
 * seeks, and once when playback reaches the end; never when the element's properties change.
 * Parts: `play`, `row`.
 */
@customElement('sfa-stem-mixer')
export class SfaStemMixer extends LitElement {
  static styles = css`
    :host { display: block; }
    .bar { display: flex; align-items: center; gap: var(--lumo-space-m, 1rem); margin-bottom: 0.5rem; flex-wrap: wrap; }
    button { font: inherit; padding: 0.3rem 0.9rem; border-radius: 6px; border: 1px solid transparent; cursor: pointer;
      background: var(--lumo-contrast-10pct, #eee); color: inherit; }
    button.primary { background: var(--lumo-primary-color, #1676f3); color: var(--lumo-primary-contrast-color, #fff); }
    button[aria-pressed='true'] { background: #f59e0b; color: #111; }
    .row { display: grid; grid-template-columns: 7rem auto auto 8rem 1fr auto; align-items: center;
      gap: var(--lumo-space-s, 0.5rem); margin: 0.25rem 0; }
    .name { font-weight: 600; }
    sfa-waveform { height: 40px; background: #111827; border-radius: 4px; }
    .time { font-variant-numeric: tabular-nums; }
    .status { color: var(--lumo-secondary-text-color, #666); }
  `;

  @property({ type: String }) stems = '[]';
  @property({ type: String }) zip = '';
  @property({ type: String }) status = '';
  @state() private entries: StemEntry[] = [];
  @state() private peaks: Record<string, string> = {};
  @state() private clock = 0;
  @state() private error = '';
  @state() private loadedFlag = false;
  private player?: StemPlayer;
  private loading?: AbortController;
  private timer = 0;

  get playing(): boolean {
    return this.player?.playing ?? false;
  }

  get position(): number {
    return this.player?.position ?? 0;
  }

  get loaded(): boolean {
    return this.loadedFlag;
  }

  get gains(): Record<string, number> {
    return this.player?.gainValues() ?? {};
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.reset();
  }

  protected willUpdate(changed: Map<string, unknown>) {
    if (changed.has('stems')) {
      const next = parse(this.stems);
      if (JSON.stringify(next) !== JSON.stringify(this.entries)) {
        this.entries = next;
        void this.load();
      }
    }
  }

  render() {
    if (this.entries.length === 0) {
      return html`<div class="status" id="status">${this.status || 'No stems yet.'}</div>`;
    }
    const duration = this.player?.duration ?? 0;
    return html`
      <div class="bar">
        <button class="primary" id="play" part="play" ?disabled=${!this.loadedFlag} @click=${this.toggle}>
          ${this.playing ? 'Pause' : 'Play'}</button>
        <span class="time" id="time">${formatTime(this.clock)} / ${formatTime(duration)}</span>
        ${this.loadedFlag ? nothing : html`<span class="status">Loading stems…</span>`}
        ${this.error ? html`<span class="status" id="error">${this.error}</span>` : nothing}
        ${this.status ? html`<span class="status">${this.status}</span>` : nothing}
        ${this.zip ? html`<a id="zip" href=${this.zip} download>Download all (ZIP)</a>` : nothing}
      </div>
      ${this.entries.map((e) => this.row(e, duration))}
    `;
  }

  private row(e: StemEntry, duration: number) {
    const p = this.player;
    return html`
      <div class="row" part="row" data-stem=${e.stem}>
        <span class="name">${e.label}</span>
        <button class="mute" aria-pressed=${p?.isMuted(e.stem) ? 'true' : 'false'}
          @click=${() => this.flip(e.stem, 'mute')}>M</button>
        <button class="solo" aria-pressed=${p?.isSolo(e.stem) ? 'true' : 'false'}
          @click=${() => this.flip(e.stem, 'solo')}>S</button>
        <input class="volume" type="range" min="0" max="1.5" step="0.01" .value=${String(p?.volume(e.stem) ?? 1)}
          aria-label="${e.label} volume" @input=${(ev: Event) => this.volume(e.stem, ev)}>
        <sfa-waveform .peaks=${this.peaks[e.stem] ?? ''} .progress=${duration > 0 ? this.clock / duration : 0}
          @sfa-waveform-seek=${this.onSeek}></sfa-waveform>
        <a class="download" href=${e.download} download>Download</a>
      </div>`;
  }

  /** Plays or pauses all stems together. */
  async toggle() {
    if (!this.player) return;
    if (this.player.playing) {
      this.player.pause();
    } else {
      await this.player.play();
    }
    this.onState();
    this.report();
  }

  /** Mutes (or un-mutes) one stem, as the M button does. */
  setMuted(stem: string, muted: boolean) {
    this.player?.setMuted(stem, muted);
    this.requestUpdate();
  }

  private flip(stem: string, what: 'mute' | 'solo') {
    const p = this.player;
    if (!p) return;
    if (what === 'mute') p.setMuted(stem, !p.isMuted(stem));
    else p.setSolo(stem, !p.isSolo(stem));
    this.requestUpdate();
  }

  private volume(stem: string, ev: Event) {
    this.player?.setVolume(stem, Number((ev.target as HTMLInputElement).value));
  }

  private async onSeek(e: CustomEvent<{ fraction: number }>) {
    if (!this.player) return;
    await this.player.seek(e.detail.fraction * this.player.duration);
    this.onState();
    this.report();
  }

  private onState() {
    this.clock = this.position;
    window.clearInterval(this.timer);
    if (this.playing) {
      this.timer = window.setInterval(() => {
        this.clock = this.position;
      }, 100);
    }
    this.requestUpdate();
  }

  private report() {
    emit(this, 'sfa-stem-mixer-state', { playing: this.playing, position: this.position });
  }

  private async load() {
    this.reset();
    if (this.entries.length === 0) return;
    const player = new StemPlayer();
    // the one report without input: Java never sets the playing state or the position, so it cannot echo
    player.onEnded = () => {
      this.onState();
      this.report();
    };
    this.player = player;
    this.loading = new AbortController();
    try {
      await player.load(this.entries, this.loading.signal);
      if (this.player !== player) return;
      const peaks: Record<string, string> = {};
      for (const stem of player.stems) peaks[stem] = peaksOf(player.buffer(stem)!, 400);
      this.peaks = peaks;
      this.loadedFlag = true;
    } catch (err) {
      if (this.player === player) this.error = `Could not load the stems (${(err as Error).message}).`;
    }
  }

  private reset() {
    this.loading?.abort();
    window.clearInterval(this.timer);
    this.player?.close();
    this.player = undefined;
    this.loadedFlag = false;
    this.peaks = {};
    this.error = '';
    this.clock = 0;
  }
}

function parse(json: string): StemEntry[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? (value as StemEntry[]) : [];
  } catch {
    return [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-stem-mixer': SfaStemMixer;
  }
}
