import type { ReactiveControllerHost } from 'lit';
import { clampZoom, zoomAround, zoomToSpan, type Viewport } from './timeline-view';

/** What zooming needs of the editor: its viewport, a redraw, and a re-render (the content width follows the zoom). */
export type ZoomHost = ReactiveControllerHost & { readonly viewport: Viewport; requestDraw(): void };

/**
 * The timeline's zoom (pixels per second) and the scroll that goes with it: by a factor around a point, to a span,
 * to fit the project; Ctrl+wheel over the lanes zooms, the wheel over the track headers scrolls the lanes.
 */
export class TimelineZoom {
  pxPerSecond = 40;

  constructor(
    private readonly host: ZoomHost,
    private readonly scroller: () => HTMLElement | undefined,
    /** Where the project's content ends (s), or null before it is loaded. */
    private readonly contentEnd: () => number | null,
  ) {}

  by(factor: number, x = this.host.viewport.width / 2) {
    const z = zoomAround(this.host.viewport, factor, x);
    this.set(z.pxPerSecond, z.scrollLeft);
  }

  to(start: number, end: number) {
    const z = zoomToSpan(start, end, this.host.viewport.width || 800);
    this.set(z.pxPerSecond, z.scrollLeft);
  }

  /** Shows exactly `start` … `end` across the lanes (a followed person's view). */
  show(start: number, end: number) {
    const width = this.host.viewport.width || 800;
    const pxPerSecond = clampZoom(width / Math.max(0.01, end - start));
    this.set(pxPerSecond, Math.max(0, start * pxPerSecond));
  }

  fit() {
    const end = this.contentEnd();
    if (end !== null) this.to(0, Math.max(end, 8));
  }

  readonly onWheel = (e: WheelEvent) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    const box = this.scroller()!.getBoundingClientRect();
    this.by(e.deltaY < 0 ? 1.2 : 1 / 1.2, e.clientX - box.left);
  };

  /** The headers do not scroll themselves (they follow the lanes): the wheel over them scrolls the lanes. */
  readonly onHeadersWheel = (e: WheelEvent) => {
    const scroller = this.scroller();
    if (!scroller) return;
    e.preventDefault();
    scroller.scrollTop += e.deltaY;
  };

  private set(pxPerSecond: number, scrollLeft: number) {
    this.pxPerSecond = pxPerSecond;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const scroller = this.scroller();
      if (scroller) scroller.scrollLeft = scrollLeft;
      this.host.requestDraw();
    });
  }
}
