/** Sizes of the editor's layout, in CSS pixels. */
export const HEADER_WIDTH = 232;
export const RULER_HEIGHT = 40;
export const ROW_HEIGHT = 76;
export const MIN_PX_PER_SECOND = 0.02;
export const MAX_PX_PER_SECOND = 2000;

/** The visible part of the timeline: zoom (pixels per second) and scroll (pixels from the start). */
export interface Viewport {
  pxPerSecond: number;
  scrollLeft: number;
  scrollTop: number;
  width: number;
  height: number;
}

export const xOf = (v: Viewport, t: number) => t * v.pxPerSecond - v.scrollLeft;
export const timeAt = (v: Viewport, x: number) => (x + v.scrollLeft) / v.pxPerSecond;
export const rowAt = (v: Viewport, y: number) => Math.floor((y + v.scrollTop) / ROW_HEIGHT);

export function clampZoom(pxPerSecond: number): number {
  return Math.max(MIN_PX_PER_SECOND, Math.min(MAX_PX_PER_SECOND, pxPerSecond));
}

/** Zoom by `factor` keeping the time under `x` where it is: the new zoom and scrollLeft. */
export function zoomAround(v: Viewport, factor: number, x: number): { pxPerSecond: number; scrollLeft: number } {
  const t = timeAt(v, x);
  const pxPerSecond = clampZoom(v.pxPerSecond * factor);
  return { pxPerSecond, scrollLeft: Math.max(0, t * pxPerSecond - x) };
}

/** The zoom and scroll that show `start` … `end` in `width` pixels with a little margin. */
export function zoomToSpan(start: number, end: number, width: number): { pxPerSecond: number; scrollLeft: number } {
  const span = Math.max(0.5, end - start);
  const pxPerSecond = clampZoom((width * 0.95) / span);
  return { pxPerSecond, scrollLeft: Math.max(0, (start - span * 0.025) * pxPerSecond) };
}

/** Indexes of the rows with any part in view. */
export function visibleRows(v: Viewport, rows: number): [number, number] {
  const first = Math.max(0, Math.floor(v.scrollTop / ROW_HEIGHT));
  return [first, Math.min(rows - 1, Math.floor((v.scrollTop + v.height) / ROW_HEIGHT))];
}
