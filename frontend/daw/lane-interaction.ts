import { CURSORS, gainAt, zoneAt, type ClipZone } from './clip-geometry';
import type { EditorContext } from './editor-context';
import { clipBox } from './lane-painter';
import { moveClips, setFade, setGain, splitAt, trimEnd, trimStart } from './model/edits';
import type { AppliedBatch, DawClip, DawOp } from './model/project-types';
import { ROW_HEIGHT, rowAt, timeAt } from './timeline-view';

interface Hit {
  clip: DawClip;
  row: number;
  zone: ClipZone;
}

interface Drag {
  hit: Hit | null;
  x0: number;
  y0: number;
  moved: boolean;
  /** Alt pressed on a clip's body: a click (no drag) splits it there, a drag moves it off the grid. */
  split: boolean;
  ops: DawOp[];
  selectionBefore: Set<string>;
}

const DRAG_THRESHOLD = 3;

/**
 * Mouse gestures on the lanes canvas: select (click, Shift/Ctrl-click, rubber band), move, trim, fades, gain and
 * Alt-click split. A drag previews its operations and commits them as one batch at the drop.
 */
export class LaneInteraction {
  private drag: Drag | null = null;
  rubberBand: { x0: number; y0: number; x1: number; y1: number } | null = null;

  constructor(private readonly editor: EditorContext) {}

  /** The clip and zone under a point of the canvas (CSS pixels), the last drawn winning. */
  hitAt(x: number, y: number): Hit | null {
    const v = this.editor.viewport;
    const row = rowAt(v, y);
    const track = this.editor.tracks[row];
    if (!track) return null;
    const t = timeAt(v, x);
    const clips = this.editor.clipsByTrack.get(track.id) ?? [];
    for (let i = clips.length - 1; i >= 0; i--) {
      const c = clips[i];
      if (t >= c.position && t <= c.position + c.length) {
        return { clip: c, row, zone: zoneAt(c, clipBox(v, c, row), x, y, v.pxPerSecond) };
      }
    }
    return null;
  }

  down(e: PointerEvent, x: number, y: number) {
    if (e.button !== 0) return;
    const hit = this.hitAt(x, y);
    const selection = this.editor.selection;
    const before = new Set(selection);
    if (hit) {
      const id = hit.clip.id;
      if (e.ctrlKey || e.metaKey)
        this.editor.select(selection.has(id) ? [...selection].filter((s) => s !== id) : [...selection, id]);
      else if (e.shiftKey) this.editor.select([...selection, id]);
      else if (!selection.has(id)) this.editor.select([id]);
    } else if (!e.shiftKey && !e.ctrlKey && !e.metaKey) {
      this.editor.select([]);
    }
    this.drag = {
      hit,
      x0: x,
      y0: y,
      moved: false,
      split: !!hit && e.altKey && hit.zone === 'body',
      ops: [],
      selectionBefore: before,
    };
  }

  move(e: PointerEvent, x: number, y: number) {
    const drag = this.drag;
    if (!drag) {
      const hit = this.hitAt(x, y);
      const cursor = e.altKey && hit?.zone === 'body' ? 'crosshair' : hit ? CURSORS[hit.zone] : 'default';
      this.editor.setCursor(hit && this.editor.readOnly ? 'pointer' : cursor);
      return;
    }
    if (!drag.moved && Math.hypot(x - drag.x0, y - drag.y0) < DRAG_THRESHOLD) return;
    drag.moved = true;
    if (!drag.hit) {
      this.rubberBand = { x0: drag.x0, y0: drag.y0, x1: x, y1: y };
      this.selectInBand(drag.selectionBefore, e.shiftKey || e.ctrlKey || e.metaKey);
      this.editor.requestDraw();
      return;
    }
    drag.ops = this.opsFor(drag.hit, drag, e, x, y);
    this.editor.preview(drag.ops);
  }

  up(x: number) {
    const drag = this.drag;
    this.drag = null;
    if (!drag) return;
    if (this.rubberBand) {
      this.rubberBand = null;
      this.editor.requestDraw();
      return;
    }
    if (!drag.hit && !drag.moved) {
      this.editor.seek(this.editor.snap(timeAt(this.editor.viewport, x), false));
      return;
    }
    if (drag.hit && drag.split && !drag.moved) {
      const t = timeAt(this.editor.viewport, x);
      this.editor.commit(splitAt(this.editor.state, [drag.hit.clip.id], t, () => this.editor.newId()));
      return;
    }
    this.editor.preview(null);
    if (drag.moved && drag.ops.length) this.editor.commit(drag.ops);
  }

  /**
   * After a server batch: when it deleted the clip being dragged or trimmed, the gesture ends (its preview goes,
   * the drop will commit nothing) and the returned note says who deleted it; null otherwise.
   */
  endIfDeleted(applied: AppliedBatch): string | null {
    const clip = this.drag?.hit?.clip;
    if (!clip || this.editor.state.clips.some((c) => c.id === clip.id)) return null;
    this.cancel();
    return `${applied.actor.name} deleted '${clip.name}' while you were editing it: your change was dropped`;
  }

  cancel() {
    if (this.drag?.hit) this.editor.preview(null);
    this.drag = null;
    this.rubberBand = null;
  }

  private opsFor(hit: Hit, drag: Drag, e: PointerEvent, x: number, y: number): DawOp[] {
    const editor = this.editor;
    const v = editor.viewport;
    const state = editor.state;
    const clip = hit.clip;
    const t = timeAt(v, x);
    switch (hit.zone) {
      case 'body': {
        const rawStart = clip.position + t - timeAt(v, drag.x0);
        const dt = editor.snap(rawStart, e.altKey) - clip.position;
        const dRows = Math.round((y - drag.y0) / ROW_HEIGHT);
        const order = editor.tracks.map((tr) => tr.id);
        return moveClips(state, editor.selection.size ? editor.selection : [clip.id], dt, dRows, order);
      }
      case 'start':
        return trimStart(state, clip, editor.snap(t, e.altKey));
      case 'end':
        return trimEnd(state, clip, editor.snap(t, e.altKey));
      case 'fade-in':
        return setFade(clip, 'fadeIn', t - clip.position);
      case 'fade-out':
        return setFade(clip, 'fadeOut', clip.position + clip.length - t);
      case 'gain':
        return setGain(clip, gainAt(clipBox(v, clip, hit.row), y));
    }
  }

  private selectInBand(before: Set<string>, add: boolean) {
    const band = this.rubberBand;
    if (!band) return;
    const v = this.editor.viewport;
    const t0 = timeAt(v, Math.min(band.x0, band.x1));
    const t1 = timeAt(v, Math.max(band.x0, band.x1));
    const r0 = rowAt(v, Math.min(band.y0, band.y1));
    const r1 = rowAt(v, Math.max(band.y0, band.y1));
    const ids = add ? new Set(before) : new Set<string>();
    this.editor.tracks.forEach((track, row) => {
      if (row < r0 || row > r1) return;
      for (const c of this.editor.clipsByTrack.get(track.id) ?? []) {
        if (c.position <= t1 && c.position + c.length >= t0) ids.add(c.id);
      }
    });
    this.editor.select(ids);
  }
}
