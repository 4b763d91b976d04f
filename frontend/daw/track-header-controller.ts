import type { EditorContext } from './editor-context';
import type { DawOp } from './model/project-types';
import { orderForMove } from './model/track-order';
import type { TrackHeaderActions } from './track-headers';
import { ROW_HEIGHT } from './timeline-view';

/**
 * What the track headers do: a fader previews while it moves and commits one batch when released; a grip drag
 * moves the track to the drop line (its `order` becomes the midpoint of its new neighbours).
 */
export class TrackHeaderController implements TrackHeaderActions {
  constructor(
    private readonly editor: EditorContext & { focus(): void },
    private readonly headers: () => HTMLElement | undefined,
    private readonly showDrop: (index: number | null) => void,
  ) {}

  set: TrackHeaderActions['set'] = (track, prop, value, final) => {
    const editor = this.editor;
    if (final && prop !== 'name' && prop !== 'color') editor.focus();
    const ops: DawOp[] = [{ op: 'set', kind: 'track', id: track.id, prop, value }];
    if (!final) return editor.preview(ops);
    editor.preview(null);
    const current = editor.state.tracks.find((t) => t.id === track.id);
    if (current && current[prop] !== value) editor.commit(ops);
  };

  remove: TrackHeaderActions['remove'] = (track) => {
    this.editor.focus();
    this.editor.commit([{ op: 'delete', kind: 'track', id: track.id }]);
  };

  gripDown: TrackHeaderActions['gripDown'] = (e, index) => {
    e.preventDefault();
    const grip = e.currentTarget as HTMLElement;
    grip.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => this.showDrop(this.dropIndex(ev));
    const up = (ev: PointerEvent) => {
      grip.removeEventListener('pointermove', move);
      grip.removeEventListener('pointerup', up);
      this.showDrop(null);
      const to = this.dropIndex(ev);
      if (to === index || to === index + 1) return;
      const tracks = this.editor.tracks;
      const order = orderForMove(tracks, index, to);
      this.editor.commit([{ op: 'set', kind: 'track', id: tracks[index].id, prop: 'order', value: order }]);
    };
    grip.addEventListener('pointermove', move);
    grip.addEventListener('pointerup', up);
  };

  /** The index of the track the drop line is above (the track count: below the last one). */
  private dropIndex(e: PointerEvent): number {
    const headers = this.headers();
    if (!headers) return 0;
    const y = e.clientY - headers.getBoundingClientRect().top + headers.scrollTop;
    return Math.max(0, Math.min(this.editor.tracks.length, Math.round(y / ROW_HEIGHT)));
  }
}
