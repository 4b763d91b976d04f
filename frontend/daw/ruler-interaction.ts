import type { EditorContext } from './editor-context';
import type { DawOp, LoopRegion } from './model/project-types';
import { LOOP_STRIP_TOP, loopZoneAt, markerAt } from './ruler-painter';
import { timeAt } from './timeline-view';

/**
 * Mouse gestures on the ruler: above the loop strip a press moves the playhead (and scrubs while held); a marker's
 * flag is dragged to move it, clicked to jump to it, Alt-clicked to delete it; in the strip a drag sets a new loop,
 * moves the loop, or moves one of its edges. Each drag is one batch at the drop.
 */
export class RulerInteraction {
  private drag: { zone: 'start' | 'end' | 'move' | 'new' | 'seek'; t0: number; loop: LoopRegion | null } | null = null;
  private markerDrag: { id: string; moved: boolean } | null = null;
  private ops: DawOp[] = [];

  constructor(private readonly editor: EditorContext) {}

  down(e: PointerEvent, x: number, y: number) {
    if (e.button !== 0) return;
    const t = timeAt(this.editor.viewport, x);
    const state = this.editor.state;
    const marker = y < LOOP_STRIP_TOP ? markerAt(this.editor.viewport, state, x, y) : null;
    if (marker && e.altKey) {
      this.editor.commit([{ op: 'delete', kind: 'marker', id: marker.id }]);
      return;
    }
    if (marker) {
      this.markerDrag = { id: marker.id, moved: false };
      return;
    }
    if (y < LOOP_STRIP_TOP) {
      this.drag = { zone: 'seek', t0: t, loop: null };
      this.editor.seek(this.editor.snap(t, e.altKey));
      return;
    }
    this.drag = { zone: loopZoneAt(this.editor.viewport, state, x), t0: t, loop: state.loop };
    this.ops = [];
  }

  move(e: PointerEvent, x: number, y: number) {
    const drag = this.drag;
    const t = timeAt(this.editor.viewport, x);
    if (this.markerDrag) {
      this.markerDrag.moved = true;
      const position = Math.min(86_400, this.editor.snap(t, e.altKey));
      this.ops = [{ op: 'set', kind: 'marker', id: this.markerDrag.id, prop: 'position', value: position }];
      this.editor.preview(this.ops);
      return;
    }
    if (!drag) {
      if (y < LOOP_STRIP_TOP && markerAt(this.editor.viewport, this.editor.state, x, y)) {
        this.editor.setCursor('grab');
        return;
      }
      const zone = y < LOOP_STRIP_TOP ? 'seek' : loopZoneAt(this.editor.viewport, this.editor.state, x);
      this.editor.setCursor(zone === 'start' || zone === 'end' ? 'ew-resize' : zone === 'move' ? 'grab' : 'pointer');
      return;
    }
    if (drag.zone === 'seek') {
      this.editor.seek(this.editor.snap(t, e.altKey));
      return;
    }
    const loop = this.loopFor(drag.zone, drag.t0, drag.loop, t, e.altKey);
    this.ops = loop ? [{ op: 'set', kind: 'project', prop: 'loop', value: loop }] : [];
    this.editor.preview(this.ops.length ? this.ops : null);
  }

  up() {
    const marker = this.markerDrag;
    this.markerDrag = null;
    if (marker) {
      this.editor.preview(null);
      if (marker.moved && this.ops.length) this.editor.commit(this.ops);
      else this.seekTo(marker.id);
      this.ops = [];
      return;
    }
    const drag = this.drag;
    this.drag = null;
    if (!drag || drag.zone === 'seek') return;
    this.editor.preview(null);
    const value = this.ops[0]?.op === 'set' ? (this.ops[0].value as LoopRegion) : null;
    const old = this.editor.state.loop;
    if (value && (!old || old.start !== value.start || old.end !== value.end)) this.editor.commit(this.ops);
    this.ops = [];
  }

  private seekTo(markerId: string) {
    const marker = this.editor.state.markers.find((m) => m.id === markerId);
    if (marker) this.editor.seek(marker.position);
  }

  private loopFor(
    zone: 'start' | 'end' | 'move' | 'new',
    t0: number,
    loop: LoopRegion | null,
    t: number,
    bypass: boolean,
  ): LoopRegion | null {
    const snap = (x: number) => this.editor.snap(x, bypass);
    let start: number;
    let end: number;
    if (zone === 'new' || !loop) {
      [start, end] = [snap(Math.min(t0, t)), snap(Math.max(t0, t))];
    } else if (zone === 'move') {
      start = snap(loop.start + t - t0);
      end = start + (loop.end - loop.start);
    } else if (zone === 'start') {
      [start, end] = [Math.min(snap(t), loop.end), loop.end];
    } else {
      [start, end] = [loop.start, Math.max(snap(t), loop.start)];
    }
    start = Math.max(0, start);
    return end - start >= 0.01 && end <= 86_400 ? { start, end } : null;
  }
}
