import type { EditorContext } from './editor-context';
import type { LaneInteraction } from './lane-interaction';
import type { DawMarker } from './model/project-types';
import type { RulerInteraction } from './ruler-interaction';
import { markerAt } from './ruler-painter';
import { timeAt } from './timeline-view';

/** A mouse event's point in an element's own CSS pixels. */
function local(e: MouseEvent, el: Element): [number, number] {
  const box = el.getBoundingClientRect();
  return [e.clientX - box.left, e.clientY - box.top];
}

/**
 * Pointer events of the lanes and ruler canvases, in each canvas's own pixels, to their interactions: a press
 * focuses the editor and captures the pointer; a right-click on a clip opens its menu, kept inside the editor; a
 * double-click on a marker's flag opens its name field.
 */
export class TimelinePointers {
  constructor(
    private readonly editor: EditorContext,
    /** The editor element: focused by a press, and the clip menu's frame. */
    private readonly host: HTMLElement,
    private readonly lanes: LaneInteraction,
    private readonly ruler: RulerInteraction,
    private readonly closeMenu: () => void,
    private readonly renameMarker: (marker: DawMarker) => void,
    /** Where the pointer is over the lanes (canvas pixels; y null when it left them), for the others to see. */
    private readonly hover: (x: number, y: number | null) => void = () => {},
  ) {}

  readonly onLane = (e: PointerEvent) => {
    const canvas = e.currentTarget as HTMLCanvasElement;
    const [x, y] = local(e, canvas);
    if (e.type === 'pointerdown') {
      this.host.focus();
      this.closeMenu();
      canvas.setPointerCapture(e.pointerId);
      this.lanes.down(e, x, y);
    } else if (e.type === 'pointermove') this.lanes.move(e, x, y);
    else if (e.type === 'pointerup') this.lanes.up(x);
    else this.lanes.cancel();
    this.hover(x, y);
    this.editor.requestDraw();
  };

  /** The pointer left the lanes: the others stop seeing it there. */
  readonly onLaneLeave = (e: PointerEvent) => {
    const [x] = local(e, e.currentTarget as HTMLCanvasElement);
    this.hover(x, null);
  };

  readonly onRuler = (e: PointerEvent) => {
    const canvas = e.currentTarget as HTMLCanvasElement;
    const [x, y] = local(e, canvas);
    if (e.type === 'pointerdown') {
      this.host.focus();
      canvas.setPointerCapture(e.pointerId);
      this.ruler.down(e, x, y);
    } else if (e.type === 'pointermove') this.ruler.move(e, x, y);
    else this.ruler.up();
  };

  /** A double-click on a marker's flag renames it (not in a viewer's editor). */
  readonly onRulerDoubleClick = (e: MouseEvent) => {
    const [x, y] = local(e, e.currentTarget as HTMLCanvasElement);
    const marker = markerAt(this.editor.viewport, this.editor.state, x, y);
    if (marker && !this.editor.readOnly) this.renameMarker(marker);
  };

  readonly onContextMenu = (e: MouseEvent) => {
    e.preventDefault();
    const host = this.host;
    const [x, y] = local(e, e.currentTarget as HTMLCanvasElement);
    const hit = this.lanes.hitAt(x, y);
    const [hx, hy] = local(e, host);
    const [mx, my] = [Math.min(hx, host.clientWidth - 240), Math.min(hy, host.clientHeight - 280)];
    if (hit) this.editor.openClipMenu(hit.clip, Math.max(0, mx), Math.max(0, my), timeAt(this.editor.viewport, x));
  };
}
