import { BeatGrid, phaseShift, syncTempoPercent } from './audio/beat-grid';
import { effectiveBpm, playbackRate } from './audio/curves';
import { DeckPlayer, STEMS, type StemName } from './audio/deck-player';
import { DjEngine } from './audio/dj-engine';
import type { LoopSpan } from './audio/deck-processor';
import {
  type DeckLoop,
  type DeckState,
  defaultDeckState,
  defaultStems,
  HOT_CUE_COLORS,
  type StemState,
  type SyncSource,
  type TempoRange,
  wrapInLoop,
} from './deck-types';
import type { DeckCueDetail, DeckEvent, DeckEventName, DjEventsToJava, LoopAction } from './dj-events';
const NUDGE = 0.04;
const AT_CUE = 0.002;

/**
 * A deck's behaviour without the element: CDJ cue, hot cues, loops and rolls, tempo/nudge/key lock, sync, quantize
 * and stems, applied to the DeckPlayer at once. User actions return the DOM event to fire; `restore` returns none.
 * In spectator mode there is no player and the position is extrapolated from the last DeckState.
 */
export class DeckController {
  s: DeckState;
  grid = new BeatGrid([], 0);
  bpm = 0;
  duration = 0;
  player: DeckPlayer | null = null;
  serverClockOffsetMs = 0;
  syncOn = false;
  syncSource: SyncSource | null = null;
  private cueHold: { at: number; latch: boolean } | null = null;
  private roll: { prev: DeckLoop | null; pos: number; time: number } | null = null;
  private nudgeDir = 0;

  constructor(deck: number) {
    this.s = defaultDeckState(deck);
  }

  get deck(): number {
    return this.s.deck;
  }

  get rate(): number {
    return playbackRate(this.s.tempoPercent) * (1 + this.nudgeDir * NUDGE);
  }

  get effectiveBpm(): number {
    return effectiveBpm(this.bpm, this.s.tempoPercent);
  }

  get playing(): boolean {
    return this.player ? this.player.playing : this.s.playing;
  }

  position(): number {
    if (this.player) return this.player.position();
    const s = this.s;
    let p = s.position;
    if (s.playing && s.positionAt > 0) p += ((Date.now() + this.serverClockOffsetMs - s.positionAt) / 1000) * this.rate;
    p = wrapInLoop(p, s.loop);
    return Math.max(0, this.duration > 0 ? Math.min(p, this.duration) : p);
  }

  /** Applies a (partial) DeckState from Java: no events. A playing state resumes at position + elapsed. */
  restore(state: Partial<DeckState>): void {
    this.s = { ...this.s, ...state, stems: { ...defaultStems(), ...(state.stems ?? this.s.stems) } };
    if (this.player && this.duration > 0) this.applyAll(true);
  }

  /** Pushes the whole state into a freshly loaded player (or after restore). */
  applyAll(resume: boolean): void {
    const p = this.player;
    if (!p) return;
    p.setRate(this.rate);
    p.setKeyLock(this.s.keyLock);
    p.setLoop(this.span(this.s.loop));
    this.applyStems();
    if (resume) {
      let pos = this.s.position;
      if (this.s.playing && this.s.positionAt > 0) {
        pos = wrapInLoop(
          pos + ((Date.now() + this.serverClockOffsetMs - this.s.positionAt) / 1000) * this.rate,
          this.s.loop,
        );
      }
      p.transport({ pos: Math.min(pos, this.duration), playing: this.s.playing && pos < this.duration });
    }
  }

  togglePlay(): DeckEvent<'sfa-deck-play'> | null {
    const p = this.player;
    if (!p) return null;
    const playing = !p.playing;
    if (this.cueHold) this.cueHold.latch = playing;
    p.transport({ playing });
    this.s.playing = playing;
    return this.ev('sfa-deck-play', { playing, position: p.position() });
  }

  seek(position: number): DeckEvent<'sfa-deck-seek'> | null {
    if (!this.player) return null;
    this.player.transport({ pos: Math.max(0, Math.min(position, this.duration)) });
    return this.ev('sfa-deck-seek', { position: this.player.position() });
  }

  cueDown(): DeckEvent<'sfa-deck-cue'> | null {
    const p = this.player;
    if (!p) return null;
    const pos = p.position();
    if (p.playing || Math.abs(pos - this.s.cuePoint) < AT_CUE) {
      this.cueHold = { at: performance.now(), latch: false };
      p.transport({ pos: this.s.cuePoint, playing: true });
      return this.cueEvent('preview-start');
    }
    this.s.cuePoint = this.q(pos);
    p.transport({ pos: this.s.cuePoint });
    return this.cueEvent('set');
  }

  cueUp(): DeckEvent<'sfa-deck-cue'> | null {
    const hold = this.cueHold;
    this.cueHold = null;
    if (!hold || !this.player) return null;
    if (hold.latch) return null;
    this.player.transport({ pos: this.s.cuePoint, playing: false });
    return this.cueEvent(performance.now() - hold.at < 250 ? 'jump' : 'preview-end');
  }

  hotCue(slot: number, remove: boolean): DeckEvent<'sfa-deck-hotcue'> | null {
    const p = this.player;
    if (!p) return null;
    const cue = this.s.hotCues.find((c) => c.slot === slot);
    let action: 'set' | 'trigger' | 'delete';
    let time: number;
    if (cue && remove) {
      this.s.hotCues = this.s.hotCues.filter((c) => c !== cue);
      action = 'delete';
      time = cue.time;
    } else if (cue) {
      time = cue.time;
      if (this.s.quantize && p.playing && this.grid.usable) {
        const pos = p.position();
        time += phaseShift(this.grid.phase(cue.time), this.grid.phase(pos)) * this.grid.beatLength(cue.time);
      }
      p.transport({ pos: Math.max(0, time), playing: true });
      action = 'trigger';
    } else if (!remove) {
      time = this.q(p.position());
      this.s.hotCues = [...this.s.hotCues, { slot, time, color: HOT_CUE_COLORS[slot % 8], label: '' }];
      action = 'set';
    } else {
      return null;
    }
    const color = cue?.color ?? HOT_CUE_COLORS[slot % 8];
    return this.ev('sfa-deck-hotcue', { action, slot, time, color, position: p.position(), playing: p.playing });
  }

  loopIn(): DeckEvent<'sfa-deck-loop'> | null {
    if (!this.player) return null;
    const start = this.q(this.player.position());
    this.s.loop = { start, end: start, beats: 0, active: false };
    this.player.setLoop(null);
    return this.loopEvent('in');
  }

  loopOut(): DeckEvent<'sfa-deck-loop'> | null {
    const l = this.s.loop;
    if (!this.player || !l) return null;
    const end = this.q(this.player.position());
    if (end <= l.start) return null;
    this.s.loop = { start: l.start, end, beats: this.beatsOf(l.start, end), active: true };
    this.player.setLoop(this.span(this.s.loop));
    return this.loopEvent('out');
  }

  beatLoop(beats: number): DeckEvent<'sfa-deck-loop'> | null {
    if (!this.player) return null;
    this.s.loop = this.beatSpan(beats);
    this.player.setLoop(this.span(this.s.loop));
    return this.loopEvent('beat');
  }

  resizeLoop(factor: number): DeckEvent<'sfa-deck-loop'> | null {
    const l = this.s.loop;
    if (!this.player || !l || l.end <= l.start) return null;
    this.s.loop = { ...l, end: l.start + (l.end - l.start) * factor, beats: l.beats * factor };
    this.player.setLoop(this.span(this.s.loop));
    return this.loopEvent(factor < 1 ? 'halve' : 'double');
  }

  exitLoop(): DeckEvent<'sfa-deck-loop'> | null {
    if (!this.player || !this.s.loop) return null;
    this.s.loop = { ...this.s.loop, active: false };
    this.player.setLoop(null);
    return this.loopEvent('exit');
  }

  rollStart(beats: number): DeckEvent<'sfa-deck-loop'> | null {
    const p = this.player;
    if (!p || this.roll) return null;
    this.roll = { prev: this.s.loop, pos: p.position(), time: performance.now() };
    this.s.loop = this.beatSpan(beats);
    p.roll(true, this.span(this.s.loop));
    return this.loopEvent('roll-start');
  }

  rollEnd(): DeckEvent<'sfa-deck-loop'> | null {
    const p = this.player;
    const r = this.roll;
    if (!p || !r) return null;
    this.roll = null;
    this.s.loop = r.prev;
    const resume = p.playing ? r.pos + ((performance.now() - r.time) / 1000) * this.rate : p.position();
    p.roll(false, this.span(r.prev), resume);
    return this.loopEvent('roll-end');
  }

  /** Applies tempo, range and key lock right away; returns the (to be coalesced) tempo event. */
  setTempo(change: { tempoPercent?: number; tempoRange?: TempoRange; keyLock?: boolean }): DeckEvent<'sfa-deck-tempo'> {
    const s = this.s;
    if (change.tempoRange) s.tempoRange = change.tempoRange;
    if (change.tempoPercent !== undefined) s.tempoPercent = change.tempoPercent;
    s.tempoPercent = Math.max(-s.tempoRange, Math.min(s.tempoRange, s.tempoPercent));
    if (change.keyLock !== undefined) {
      s.keyLock = change.keyLock;
      this.player?.setKeyLock(s.keyLock);
    }
    this.player?.setRate(this.rate);
    DjEngine.peek()?.tempoChanged(this.deck);
    return this.tempoEvent();
  }

  tempoEvent(): DeckEvent<'sfa-deck-tempo'> {
    const s = this.s;
    return this.ev('sfa-deck-tempo', {
      tempoPercent: s.tempoPercent,
      tempoRange: s.tempoRange,
      keyLock: s.keyLock,
      effectiveBpm: this.effectiveBpm,
    });
  }

  nudge(direction: number): DeckEvent<'sfa-deck-nudge'> | null {
    if (!this.player) return null;
    this.nudgeDir = Math.sign(direction);
    this.player.setRate(this.rate);
    return this.ev('sfa-deck-nudge', { direction: this.nudgeDir, position: this.player.position() });
  }

  /** Sync on: match the other deck's effective BPM and line up beat phases; off: keep the tempo. */
  sync(on: boolean): DeckEvent<'sfa-deck-sync'> | null {
    const p = this.player;
    if (!p) return null;
    this.syncOn = on;
    if (on) this.matchPeer(true);
    return this.ev('sfa-deck-sync', { on, tempoPercent: this.s.tempoPercent, position: p.position() });
  }

  /** The track's tempo or grid changed (its owner edited it): a synced deck matches again, synced peers follow. */
  gridChanged(): void {
    if (this.syncOn) this.matchPeer(false);
    DjEngine.peek()?.tempoChanged(this.deck);
  }

  peerTempoChanged(): void {
    if (this.syncOn) this.matchPeer(false);
  }

  toggleQuantize(): DeckEvent<'sfa-deck-quantize'> {
    this.s.quantize = !this.s.quantize;
    return this.ev('sfa-deck-quantize', { on: this.s.quantize });
  }

  setStem(stem: StemName, change: Partial<StemState>): DeckEvent<'sfa-deck-stem'> {
    this.s.stems = { ...this.s.stems, [stem]: { ...this.s.stems[stem], ...change } };
    this.applyStems();
    return this.ev('sfa-deck-stem', { stem, ...this.s.stems[stem] });
  }

  stemGain(stem: StemName): number {
    const st = this.s.stems[stem];
    const solo = STEMS.some((n) => this.s.stems[n].solo);
    return st.muted || (solo && !st.solo) ? 0 : st.volume;
  }

  private applyStems() {
    STEMS.forEach((n, i) => this.player?.setStemGain(i, this.stemGain(n)));
  }

  private matchPeer(alignPhase: boolean) {
    const p = this.player;
    const peer = DjEngine.peek()?.syncTarget(this.deck)?.syncInfo() ?? this.extrapolatedSource();
    if (!p || !peer || !(this.bpm > 0)) return;
    const target = effectiveBpm(peer.bpm, peer.tempoPercent);
    this.s.tempoPercent = syncTempoPercent(this.bpm, target, this.s.tempoRange);
    p.setRate(this.rate);
    const theirs = BeatGrid.of(peer.beats, peer.bpm, peer.position + 60);
    if (!alignPhase || !this.grid.usable || !theirs.usable) return;
    const mine = p.position();
    const shift = phaseShift(this.grid.phase(mine), theirs.phase(peer.position)) * this.grid.beatLength(mine);
    if (Math.abs(shift) > 0.0005) p.shift(shift);
  }

  private extrapolatedSource() {
    const src = this.syncSource;
    if (!src) return null;
    const elapsed = src.playing === false ? 0 : (Date.now() + this.serverClockOffsetMs - src.positionAt) / 1000;
    return { ...src, position: src.position + elapsed * playbackRate(src.tempoPercent), playing: src.playing ?? true };
  }

  private beatSpan(beats: number): DeckLoop {
    const pos = this.player ? this.player.position() : 0;
    const len = beats * this.grid.beatLength(pos);
    let start = pos;
    if (this.s.quantize && this.grid.usable) {
      const beat = this.grid.floor(pos);
      start = beat + Math.floor((pos - beat) / len + 1e-9) * len;
      if (len >= this.grid.beatLength(pos)) start = beat;
    }
    return { start, end: start + len, beats, active: true };
  }

  private beatsOf(start: number, end: number): number {
    return Math.round(((end - start) / this.grid.beatLength(start)) * 1000) / 1000;
  }

  private q(time: number): number {
    return this.s.quantize ? this.grid.nearest(time) : time;
  }

  private span(loop: DeckLoop | null): LoopSpan | null {
    return loop && loop.active && loop.end > loop.start ? { start: loop.start, end: loop.end } : null;
  }

  private cueEvent(action: DeckCueDetail['action']): DeckEvent<'sfa-deck-cue'> {
    const p = this.player;
    return this.ev('sfa-deck-cue', {
      action,
      cuePoint: this.s.cuePoint,
      position: p ? p.position() : 0,
      playing: p ? p.playing : false,
    });
  }

  private loopEvent(action: LoopAction): DeckEvent<'sfa-deck-loop'> {
    return this.ev('sfa-deck-loop', { action, loop: this.s.loop, position: this.player ? this.player.position() : 0 });
  }

  private ev<N extends DeckEventName>(name: N, detail: Omit<DjEventsToJava[N], 'deck'>): DeckEvent<N> {
    return { name, detail: { deck: this.deck, ...detail } as DjEventsToJava[N] };
  }
}
