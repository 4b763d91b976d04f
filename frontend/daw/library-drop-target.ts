import type { EditorContext } from './editor-context';
import { opsForDrop, parseDraggedSource, SOURCE_DRAG_TYPE } from './library-drop';
import { ROW_HEIGHT, timeAt } from './timeline-view';

/**
 * The lanes as a drop target for library tracks and stems: while dragging, the row under the pointer is marked
 * (`row`, drawn by the lanes); the drop adds a clip there, snapped, or below the last lane on a new track.
 */
export class LibraryDropTarget {
  /** The row the drag is over (the track count: below the last lane), or null. */
  row: number | null = null;

  constructor(
    private readonly editor: EditorContext & { readonly loaded: boolean },
    private readonly scroller: () => HTMLElement | undefined,
  ) {}

  readonly onDragOver = (e: DragEvent) => {
    if (!this.editor.loaded || this.editor.readOnly || !e.dataTransfer?.types.includes(SOURCE_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    const { row } = this.target(e);
    if (row !== this.row) {
      this.row = row;
      this.editor.requestDraw();
    }
  };

  readonly onDragLeave = () => {
    this.row = null;
    this.editor.requestDraw();
  };

  readonly onDrop = (e: DragEvent) => {
    this.onDragLeave();
    const source = parseDraggedSource(e.dataTransfer?.getData(SOURCE_DRAG_TYPE) ?? '');
    if (!source || !this.editor.loaded) return;
    e.preventDefault();
    const { row, t } = this.target(e);
    const editor = this.editor;
    const ops = opsForDrop(editor.tracks, source, row, t, () => editor.newId());
    if (editor.commit(ops)) editor.select([(ops[ops.length - 1] as { id: string }).id]);
  };

  private target(e: DragEvent): { row: number; t: number } {
    const box = this.scroller()!.getBoundingClientRect();
    const [x, y] = [e.clientX - box.left, e.clientY - box.top];
    const v = this.editor.viewport;
    const row = Math.min(this.editor.tracks.length, Math.floor((y + v.scrollTop) / ROW_HEIGHT));
    return { row, t: this.editor.snap(timeAt(v, x), e.altKey) };
  }
}
