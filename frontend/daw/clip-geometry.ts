import type { DawClip } from './model/project-types';

/** Where on a clip the pointer is: what a drag from there changes. */
export type ClipZone = 'body' | 'start' | 'end' | 'fade-in' | 'fade-out' | 'gain';

export interface ClipBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CLIP_TITLE_HEIGHT = 15;
const EDGE = 6;
const HANDLE = 7;
const GAIN_LINE = 4;
const GAIN_MIN = -60;
const GAIN_MAX = 12;

/** The y of a clip's gain line: −60 dB at the bottom of its body, +12 dB at the top. */
export function gainY(box: ClipBox, gainDb: number): number {
  const top = box.top + CLIP_TITLE_HEIGHT;
  return top + (1 - (gainDb - GAIN_MIN) / (GAIN_MAX - GAIN_MIN)) * (box.bottom - top);
}

/** The gain (dB) a y on the clip's body stands for. */
export function gainAt(box: ClipBox, y: number): number {
  const top = box.top + CLIP_TITLE_HEIGHT;
  const u = 1 - (y - top) / Math.max(1, box.bottom - top);
  return Math.max(GAIN_MIN, Math.min(GAIN_MAX, GAIN_MIN + u * (GAIN_MAX - GAIN_MIN)));
}

/** The zone under (x, y), which lies inside `box`; handles win over edges, edges over the gain line. */
export function zoneAt(clip: DawClip, box: ClipBox, x: number, y: number, pxPerSecond: number): ClipZone {
  const width = box.right - box.left;
  const fadeInX = box.left + clip.fadeIn * pxPerSecond;
  const fadeOutX = box.right - clip.fadeOut * pxPerSecond;
  if (y - box.top < HANDLE + 3 && width > 3 * HANDLE) {
    if (Math.abs(x - fadeInX) <= HANDLE && x - box.left < width / 2) return 'fade-in';
    if (Math.abs(x - fadeOutX) <= HANDLE && x - box.left >= width / 2) return 'fade-out';
  }
  if (width > 4 * EDGE) {
    if (x - box.left < EDGE) return 'start';
    if (box.right - x < EDGE) return 'end';
  }
  if (y > box.top + CLIP_TITLE_HEIGHT && Math.abs(y - gainY(box, clip.gainDb)) <= GAIN_LINE) return 'gain';
  return 'body';
}

export const CURSORS: Record<ClipZone, string> = {
  body: 'grab',
  start: 'w-resize',
  end: 'e-resize',
  'fade-in': 'nesw-resize',
  'fade-out': 'nwse-resize',
  gain: 'ns-resize',
};
