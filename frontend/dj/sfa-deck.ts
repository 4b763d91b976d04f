import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BeatGrid } from './audio/beat-grid';
import { DeckPlayer } from './audio/deck-player';
import { DjEngine, type DeckPeer } from './audio/dj-engine';
import { FrameCoalescer } from './coalesce';
import { deckAction } from './deck-actions';
import { keyboardClick, pointerDown, pointerUp, valueInput } from './deck-input';
import { audioStateOf, fetchAudio, fetchStems } from './deck-audio';
import { DeckController } from './deck-controller';
import type { DeckEvent } from './dj-events';
import { emit } from '../shared/events';
import { type DeckState, type HotCue, parseJson, type SyncSource } from './deck-types';
import { deckStyles, gridRow, loopRow, padsRow, stemsRow, tempoRow, transportRow } from './deck-view';
import { GridEditor } from '../shared/grid-edit';
import { decodePeaks } from '../shared/peaks';
import { formatTime } from '../shared/time';
import { peaksFromBuffer } from './sfa-dj-waveform';
import './sfa-dj-waveform';

/**
 * One DJ deck. In `dj` mode it plays through the shared DjEngine (deck n → mixer channel n) and reacts to the user in
 * the same frame; in `spectator` mode it never touches Web Audio and extrapolates the playhead from `state`.
 * Playback runs in an AudioWorklet (audio/deck-processor.ts): jumps, loops, rolls, key lock and stems are sample-accurate.
 *
 * Properties (set by Java): `deck` 0..3, `mode` "dj"|"spectator", `trackUrl`, `stemUrls` (JSON {vocals,drums,bass,other}
 * or ""), `trackTitle`, `artist`, `artworkUrl`, `bpm`, `camelot`, `duration`, `beats`/`downbeats` (JSON arrays, s),
 * `bpmSource` ("analysed"|"edited"|""), `peaks` (base64 min/max signed bytes), `cues` (JSON hot cues), `state` (JSON
 * DeckState), `serverClockOffsetMs`,
 * `syncSource` (JSON {bpm,tempoPercent,beats,position,positionAt}; only used when no other deck is on the page).
 * Methods: `restore(stateJson)` (no events). Read-only: `playing`, `position` (s), `audioState`.
 * `handleAction(action, pressed, value?, shift?)` is the entry point for keyboard and MIDI (user input: fires events).
 * Events (typed in dj-events.ts; bubbling, composed, user input only; detail always has `deck`): sfa-deck-play {playing, position},
 * sfa-deck-seek {position}, sfa-deck-cue {action: set|preview-start|preview-end|jump, cuePoint, position, playing},
 * sfa-deck-hotcue {action: set|trigger|delete, slot, time, color, position, playing}, sfa-deck-loop {action:
 * in|out|beat|halve|double|exit|roll-start|roll-end, loop, position}, sfa-deck-tempo {tempoPercent, tempoRange, keyLock,
 * effectiveBpm} (≤ 1 per frame), sfa-deck-nudge {direction: 1|-1|0 (released), position}, sfa-deck-sync {on, tempoPercent,
 * position}, sfa-deck-quantize {on}, sfa-deck-stem {stem, muted, solo, volume}, sfa-deck-load-request {trackId},
 * sfa-deck-grid-edit {action, value} (the grid row; a new `bpm`/`beats` from Java then re-syncs a synced deck).
 * At the end of the track the deck stops by itself and fires nothing (Java knows the duration).
 */
@customElement('sfa-deck')
export class SfaDeck extends LitElement implements DeckPeer {
  static styles = deckStyles;

  @property({ type: Number, reflect: true }) deck = 0;
  @property({ type: String, reflect: true }) mode: 'dj' | 'spectator' = 'dj';
  @property({ type: String }) trackUrl = '';
  @property({ type: String }) stemUrls = '';
  @property({ type: String }) trackTitle = '';
  @property({ type: String }) artist = '';
  @property({ type: String }) artworkUrl = '';
  @property({ type: Number }) bpm = 0;
  @property({ type: String }) bpmSource = '';
  @property({ type: String }) camelot = '';
  @property({ type: Number }) duration = 0;
  @property({ type: String }) beats = '';
  @property({ type: String }) downbeats = '';
  @property({ type: String }) peaks = '';
  @property({ type: String }) cues = '';
  @property({ type: String }) state = '';
  @property({ type: Number }) serverClockOffsetMs = 0;
  @property({ type: String }) syncSource = '';

  @state() private frame = 0;
  @state() private loadError = '';
  @state() private deleteMode = false;
  @state() private loopBeats = 4;
  @state() private zoom = 8;
  @state() private dropping = false;
  private readonly c = new DeckController(0);
  private readonly coalescer = new FrameCoalescer();
  private readonly gridEditor = new GridEditor(
    (edit) => this.emit({ name: 'sfa-deck-grid-edit', detail: { deck: this.deck, ...edit } }),
    () => this.requestUpdate(),
  );
  private beatList: number[] = [];
  private downbeatList: number[] = [];
  private waveform: Int8Array = new Int8Array(0);
  private localPeaks = false;
  private loadToken = 0;
  private raf = 0;

  get playing(): boolean {
    return this.c.playing;
  }
  get position(): number {
    return this.c.position();
  }

  get audioState() {
    return audioStateOf(this.c);
  }

  restore(stateJson: string): void {
    if (this.hasUpdated && this.isUpdatePending) this.performUpdate();
    this.c.restore(parseJson<Partial<DeckState>>(stateJson, {}));
    this.requestUpdate();
  }

  syncInfo() {
    if (!this.c.player || !(this.c.duration > 0)) return null;
    return {
      bpm: this.bpm,
      tempoPercent: this.c.s.tempoPercent,
      beats: this.c.grid.beats,
      position: this.position,
      playing: this.playing,
    };
  }

  peerTempoChanged(): void {
    this.c.peerTempoChanged();
  }

  connectedCallback() {
    super.connectedCallback();
    const tick = () => {
      if (this.c.playing || this.c.s.playing) this.frame++;
      this.raf = requestAnimationFrame(tick);
    };
    this.raf = requestAnimationFrame(tick);
    if (this.c.player) DjEngine.peek()?.register(this);
  }

  disconnectedCallback() {
    cancelAnimationFrame(this.raf);
    DjEngine.peek()?.unregister(this);
    super.disconnectedCallback();
  }

  protected willUpdate(changed: PropertyValues<this>) {
    const c = this.c;
    if (changed.has('deck')) {
      DjEngine.peek()?.unregister(this);
      c.s.deck = this.deck;
      if (c.player) DjEngine.peek()?.register(this);
    }
    if (changed.has('mode') && this.mode === 'spectator') this.dropPlayer();
    if (changed.has('beats') || changed.has('bpm') || changed.has('duration')) {
      this.beatList = parseJson<number[]>(this.beats, []);
      c.bpm = this.bpm;
      c.grid = BeatGrid.of(this.beatList, this.bpm, this.duration);
      if (c.player && this.hasUpdated && !changed.has('trackUrl')) c.gridChanged();
    }
    if (changed.has('downbeats')) this.downbeatList = parseJson<number[]>(this.downbeats, []);
    if (changed.has('duration') && this.duration > 0 && !c.player) c.duration = this.duration;
    if (changed.has('peaks') && this.peaks) {
      this.waveform = decodePeaks(this.peaks);
      this.localPeaks = false;
    }
    if (changed.has('serverClockOffsetMs')) c.serverClockOffsetMs = this.serverClockOffsetMs;
    if (changed.has('syncSource')) c.syncSource = parseJson<SyncSource | null>(this.syncSource, null);
    if (changed.has('trackUrl') || changed.has('mode')) this.loadTrack();
    if (changed.has('cues')) c.s.hotCues = parseJson<HotCue[]>(this.cues, []);
    if (changed.has('state')) c.restore(parseJson<Partial<DeckState>>(this.state, {}));
    if (changed.has('stemUrls') && !changed.has('trackUrl')) void this.loadStems(this.loadToken);
  }

  render() {
    const c = this.c;
    const pos = this.position;
    const dur = c.duration || this.duration;
    const spectator = this.mode === 'spectator';
    return html`
      <div class=${this.dropping ? 'drop' : ''} @pointerdown=${pointerDown} @pointerup=${pointerUp}
        @pointercancel=${pointerUp} @input=${valueInput} @change=${valueInput} @click=${keyboardClick}
        @dragover=${this.onDragOver} @dragleave=${() => (this.dropping = false)} @drop=${this.onDrop}
        @sfa-dj-waveform-seek=${(e: CustomEvent<{ time: number }>) => this.emit(c.seek(e.detail.time))}
        @sfa-dj-waveform-zoom=${(e: CustomEvent<{ zoom: number }>) => (this.zoom = e.detail.zoom)}>
        <div class="head">
          <span class="id">${'ABCD'[this.deck] ?? this.deck}</span>
          ${this.artworkUrl ? html`<img src=${this.artworkUrl} alt="" />` : ''}
          <span class="title">${this.trackTitle || 'No track'} <span class="artist">${this.artist}</span></span>
          <span class="num" id="bpm">${c.effectiveBpm ? c.effectiveBpm.toFixed(2) : '—'} BPM</span>
          ${this.bpmSource === 'edited' ? html`<span class="edited" id="bpm-edited">edited</span>` : ''}
          <span>${this.camelot}</span>
          <span class="num" id="time">${formatTime(pos, true)} / -${formatTime(dur - pos, true)}</span>
        </div>
        ${this.loadError ? html`<div class="error">${this.loadError}</div>` : ''}
        <div class="scroll">
          <sfa-dj-waveform variant="scroll" .data=${this.waveform} .duration=${dur} .position=${pos} .beats=${this.c.grid.beats}
            .downbeats=${this.downbeatList} .cuePoint=${c.s.cuePoint} .hotCues=${c.s.hotCues} .loop=${c.s.loop} .zoom=${this.zoom}></sfa-dj-waveform>
          <div class="zoom"><button data-action="zoom-in">+</button><button data-action="zoom-out">−</button></div>
        </div>
        <sfa-dj-waveform variant="overview" .data=${this.waveform} .duration=${dur} .position=${pos} .cuePoint=${c.s.cuePoint}
          .hotCues=${c.s.hotCues} .loop=${c.s.loop} .interactive=${!spectator}></sfa-dj-waveform>
        ${transportRow(c, this.deck)} ${padsRow(c, this.deck, this.deleteMode)} ${loopRow(c, this.deck, this.loopBeats)}
        ${tempoRow(c, this.deck)} ${gridRow(this.gridEditor, this.deck, this.bpmSource === 'edited')}
        ${stemsRow(c, this.deck, !!this.stemUrls)}
      </div>`;
  }

  /** Keyboard/MIDI/pointer entry point. `pressed` false = release; `value` for continuous controls. */
  handleAction(action: string, pressed: boolean, value = 0, shift = false): void {
    if (this.mode !== 'dj') return;
    const ev = deckAction(
      {
        c: this.c,
        coalescer: this.coalescer,
        gridEditor: this.gridEditor,
        position: this.position,
        hasTrack: !!this.trackUrl,
        deleteMode: this.deleteMode,
        loopBeats: this.loopBeats,
        zoom: this.zoom,
        tempo: (change) => this.tempo(change),
        emit: (e) => this.emit(e),
        set: (view) => Object.assign(this, view),
      },
      action,
      pressed,
      value,
      shift,
    );
    this.emit(ev);
  }

  private tempo(change: Parameters<DeckController['setTempo']>[0]) {
    const wasSynced = this.c.syncOn && change.tempoPercent !== undefined;
    this.c.setTempo(change);
    if (wasSynced) this.emit(this.c.sync(false));
    this.coalescer.schedule('tempo', () => this.emit(this.c.tempoEvent()));
    this.requestUpdate();
  }

  private emit(ev: DeckEvent | null) {
    this.requestUpdate();
    if (ev) emit(this, ev.name, ev.detail);
  }

  private onDragOver(e: DragEvent) {
    if (this.mode === 'dj' && e.dataTransfer?.types.includes('application/x-sfa-track')) {
      e.preventDefault();
      this.dropping = true;
    }
  }

  private onDrop(e: DragEvent) {
    this.dropping = false;
    const trackId = e.dataTransfer?.getData('application/x-sfa-track');
    if (this.mode !== 'dj' || !trackId) return;
    e.preventDefault();
    this.emit({ name: 'sfa-deck-load-request', detail: { deck: this.deck, trackId } });
  }

  private dropPlayer() {
    this.c.player?.dispose();
    this.c.player = null;
  }

  private async loadTrack() {
    const token = ++this.loadToken;
    const c = this.c;
    this.dropPlayer();
    if (this.hasUpdated)
      Object.assign(c.s, { playing: false, position: 0, positionAt: 0, cuePoint: 0, loop: null, hotCues: [] });
    c.duration = this.duration;
    this.loadError = '';
    if (this.mode !== 'dj' || !this.trackUrl) return;
    try {
      const engine = DjEngine.get();
      const [buffer] = await Promise.all([fetchAudio(engine.ctx, this.trackUrl), engine.ready]);
      if (token !== this.loadToken) return;
      const player = new DeckPlayer(engine, this.deck);
      player.onEnded = () => this.requestUpdate();
      player.load(buffer);
      c.player = player;
      c.duration = buffer.duration;
      engine.register(this);
      if (!this.peaks || this.localPeaks) {
        this.waveform = peaksFromBuffer(buffer);
        this.localPeaks = true;
      }
      c.applyAll(true);
      this.requestUpdate();
      await this.loadStems(token);
    } catch (err) {
      if (token === this.loadToken) this.loadError = `Could not load audio: ${(err as Error).message}`;
    }
  }

  private async loadStems(token: number) {
    const player = this.c.player;
    if (!player) return;
    const buffers = await fetchStems(DjEngine.get().ctx, this.stemUrls);
    if (buffers && token === this.loadToken && this.c.player === player) player.loadStems(buffers);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-deck': SfaDeck;
  }
}
