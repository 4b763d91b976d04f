import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { emit } from '../shared/events';
import { formatTime } from '../shared/time';
import './sfa-waveform';

/**
 * Plays one track in the browser: play/pause, time, and seeking on the waveform overview. The audio element
 * streams the file with HTTP range requests, so seeking does not download the whole file first.
 *
 * Properties: `src` (audio URL), `duration` (seconds, shown before metadata loads), `peaks` and `markers`
 * (see sfa-waveform).
 * Read-only: `playing`, `position` (seconds).
 * Events (library-events.ts): `sfa-player-state` `{ playing, position }` when the user plays, pauses or seeks, and
 * once when playback reaches the end; never when the element's properties change (a new `src` pauses silently).
 */
@customElement('sfa-track-player')
export class SfaTrackPlayer extends LitElement {
  static styles = css`
    :host { display: block; }
    .controls { display: flex; align-items: center; gap: var(--lumo-space-m, 1rem); margin-bottom: 0.5rem; }
    button { font: inherit; padding: 0.4rem 1.2rem; border-radius: 6px; border: none; cursor: pointer;
      background: var(--lumo-primary-color, #1676f3); color: var(--lumo-primary-contrast-color, #fff); }
    .time { font-variant-numeric: tabular-nums; }
    sfa-waveform { background: #111827; border-radius: 6px; }
  `;

  @property({ type: String }) src = '';
  @property({ type: Number }) duration = 0;
  @property({ type: String }) peaks = '';
  @property({ type: String }) markers = '';
  @state() private position = 0;
  @state() private playing = false;
  @query('audio') private audio!: HTMLAudioElement;

  render() {
    const total = this.audio && isFinite(this.audio.duration) ? this.audio.duration : this.duration;
    return html`
      <audio preload="metadata" src=${this.src}
        @play=${this.onState} @pause=${this.onState} @ended=${this.onEnded} @seeked=${this.onState}
        @timeupdate=${this.onTime}></audio>
      <div class="controls">
        <button id="play" part="play" @click=${this.toggle}>${this.playing ? 'Pause' : 'Play'}</button>
        <span class="time" id="time">${formatTime(this.position)} / ${formatTime(total)}</span>
      </div>
      <sfa-waveform .peaks=${this.peaks} .markers=${this.markers} .progress=${total > 0 ? this.position / total : 0}
        @sfa-waveform-seek=${this.onSeek}></sfa-waveform>
    `;
  }

  /** Starts or pauses playback right away in the browser (the play button: user input, so it reports). */
  async toggle() {
    if (this.audio.paused) {
      await this.audio.play();
    } else {
      this.audio.pause();
    }
    this.onState();
    this.report();
  }

  get isPlaying() {
    return this.playing;
  }

  get currentPosition() {
    return this.audio ? this.audio.currentTime : 0;
  }

  private onSeek(e: CustomEvent<{ fraction: number }>) {
    const total = isFinite(this.audio.duration) ? this.audio.duration : this.duration;
    this.audio.currentTime = e.detail.fraction * total;
    this.position = this.audio.currentTime;
    this.report();
  }

  private onTime() {
    this.position = this.audio.currentTime;
  }

  /** Media events keep the view in step; they report nothing (some come from a new `src`, not from the user). */
  private onState() {
    this.playing = !this.audio.paused && !this.audio.ended;
    this.position = this.audio.currentTime;
  }

  /** The one report without input: Java never sets the playing state or the position, so it cannot echo. */
  private onEnded() {
    this.onState();
    this.report();
  }

  private report() {
    emit(this, 'sfa-player-state', { playing: this.playing, position: this.position });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-track-player': SfaTrackPlayer;
  }
}
