import type { ClipMenuAction } from './clip-menu';
import type { EditorContext } from './editor-context';
import { TRACK_COLORS } from './library-drop';
import { MAX_TIME } from './model/apply-op';
import {
  copyClips,
  deleteClips,
  duplicateClips,
  moveClips,
  setClipProp,
  setFadeCurve,
  setWarp,
  splitAt,
} from './model/edits';
import { beatSeconds, beatsPerBar, gridStep, type SnapMode } from './model/grid';
import type { DawClip, DawOp, FadeCurve, ProjectSettings } from './model/project-types';
import { orderAtEnd } from './model/track-order';

/** Editing commands of keys, buttons and the clip menu: on the selection, the playhead, the clipboard, the project. */
export class EditorCommands {
  private clipboard: DawClip[] = [];

  constructor(
    private readonly editor: EditorContext,
    private readonly snapMode: () => SnapMode,
  ) {}

  private selected(): DawClip[] {
    return this.editor.state.clips.filter((c) => this.editor.selection.has(c.id));
  }

  split() {
    const e = this.editor;
    const targets = e.selection.size ? e.selection : e.state.clips.map((c) => c.id);
    e.commit(splitAt(e.state, targets, e.playhead, () => e.newId()));
  }

  duplicate() {
    const e = this.editor;
    const ops = duplicateClips(e.state, e.selection, () => e.newId());
    if (e.commit(ops)) e.select(ops.map((op) => (op as { id: string }).id));
  }

  remove() {
    const e = this.editor;
    if (e.commit(deleteClips(e.state, e.selection))) e.select([]);
  }

  copy() {
    this.clipboard = this.selected().map((c) => ({ ...c }));
  }

  /** The copied clips at the playhead, each on its track (or the first track when that one is gone). */
  paste() {
    const e = this.editor;
    if (!this.clipboard.length || !e.tracks.length) return;
    const start = Math.min(...this.clipboard.map((c) => c.position));
    const exists = new Set(e.tracks.map((t) => t.id));
    const ops = copyClips(
      this.clipboard,
      e.playhead - start,
      () => e.newId(),
      (c) => (exists.has(c.trackId) ? c.trackId : e.tracks[0].id),
    );
    if (e.commit(ops)) e.select(ops.map((op) => (op as { id: string }).id));
  }

  /** Moves the selection by grid steps (a beat when snapping is off), or by bars. */
  nudge(direction: number, bars: boolean) {
    const e = this.editor;
    const s = e.state;
    const step = bars
      ? beatSeconds(s.bpm) * beatsPerBar(s.meter)
      : gridStep(this.snapMode(), s.bpm, s.meter) || beatSeconds(s.bpm);
    e.commit(
      moveClips(
        s,
        e.selection,
        direction * step,
        0,
        e.tracks.map((t) => t.id),
      ),
    );
  }

  /** Loop on or off; turning it on without a loop region makes one of four bars from the bar at the playhead. */
  toggleLoop() {
    const e = this.editor;
    const s = e.state;
    const ops: DawOp[] = [];
    if (!s.loop && !s.loopOn) {
      const bar = beatSeconds(s.bpm) * beatsPerBar(s.meter);
      const start = Math.min(MAX_TIME - 4 * bar, Math.floor(e.playhead / bar) * bar);
      ops.push({ op: 'set', kind: 'project', prop: 'loop', value: { start, end: start + 4 * bar } });
    }
    ops.push({ op: 'set', kind: 'project', prop: 'loopOn', value: !s.loopOn });
    e.commit(ops);
  }

  addMarker() {
    const e = this.editor;
    const name = `Marker ${e.state.markers.length + 1}`;
    e.commit([{ op: 'add', kind: 'marker', id: e.newId(), value: { name, position: e.playhead } }]);
  }

  selectAll() {
    this.editor.select(this.editor.state.clips.map((c) => c.id));
  }

  /** The selection's time span, or null without one. */
  selectionSpan(): [number, number] | null {
    const clips = this.selected();
    if (!clips.length) return null;
    return [Math.min(...clips.map((c) => c.position)), Math.max(...clips.map((c) => c.position + c.length))];
  }

  /** A project setting of the toolbar, unless the project has it already. */
  setProject<K extends 'bpm' | 'meter' | 'sampleRate' | 'masterDb'>(prop: K, value: ProjectSettings[K]) {
    if (this.editor.state[prop] !== value) this.editor.commit([{ op: 'set', kind: 'project', prop, value }]);
  }

  /** The master fader: previewed (and heard) while it moves, one batch and so one undo step when released. */
  masterDb(db: number, final: boolean) {
    const ops: DawOp[] = [{ op: 'set', kind: 'project', prop: 'masterDb', value: db }];
    if (!final) return this.editor.preview(ops);
    this.editor.preview(null);
    this.setProject('masterDb', db);
  }

  fadeCurve(which: 'fadeInCurve' | 'fadeOutCurve', curve: FadeCurve) {
    this.editor.commit(setFadeCurve(this.selected(), which, curve));
  }

  warp(on: boolean) {
    this.editor.commit(setWarp(this.editor.state, this.selected(), on));
  }

  addTrack() {
    const tracks = this.editor.state.tracks;
    const n = tracks.length;
    const value = { name: `Track ${n + 1}`, color: TRACK_COLORS[n % TRACK_COLORS.length], order: orderAtEnd(tracks) };
    this.editor.commit([{ op: 'add', kind: 'track', id: this.editor.newId(), value }]);
  }

  /** A choice in the clip menu: the name is the clip's own, the rest applies to the selection (which holds it). */
  clipMenu(a: ClipMenuAction, clip: DawClip, t: number) {
    const e = this.editor;
    const selected = this.selected();
    switch (a.kind) {
      case 'rename':
        return void e.commit(setClipProp([clip], 'name', a.name));
      case 'color':
      case 'mute':
        return void e.commit(setClipProp(selected, a.kind, a.kind === 'color' ? a.color : a.on));
      case 'warp':
        return this.warp(a.on);
      case 'fadeInCurve':
      case 'fadeOutCurve':
        return this.fadeCurve(a.kind, a.curve);
      case 'split':
        return void e.commit(splitAt(e.state, [clip.id], t, () => e.newId()));
      case 'duplicate':
        return this.duplicate();
      case 'delete':
        return this.remove();
    }
  }
}
