import type { EditorContext } from './editor-context';
import { MAX_TIME } from './model/apply-op';
import { copyClips, deleteClips, duplicateClips, moveClips, splitAt } from './model/edits';
import { beatSeconds, beatsPerBar, gridStep, type SnapMode } from './model/grid';
import type { DawClip, DawOp } from './model/project-types';

/** Editing commands of keys and buttons that act on the selection, the playhead and the clipboard. */
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
}
