import { CLIP_TITLE_HEIGHT, gainY, type ClipBox } from './clip-geometry';
import { fadeGain } from './fade-shapes';
import { gridLines } from './grid-lines';
import type { DawClip, DawTrack, ProjectState } from './model/project-types';
import { stretchOf } from './model/project-types';
import type { PeaksCache, SourcePeaks } from './peaks-cache';
import { ROW_HEIGHT, visibleRows, xOf, type Viewport } from './timeline-view';

/** What the lanes canvas shows besides the project: selection, rubber band, drop target. */
export interface LaneOverlay {
  selection: ReadonlySet<string>;
  rubberBand: { x0: number; y0: number; x1: number; y1: number } | null;
  dropRow: number | null;
}

/** The box of a clip on the lanes canvas (CSS pixels) in row `row`. */
export function clipBox(v: Viewport, clip: DawClip, row: number): ClipBox {
  const top = row * ROW_HEIGHT - v.scrollTop + 2;
  return {
    left: xOf(v, clip.position),
    right: xOf(v, clip.position + clip.length),
    top,
    bottom: top + ROW_HEIGHT - 4,
  };
}

/** The clips of a track that overlap the viewport, found in its position-sorted list. */
export function clipsInView(v: Viewport, clips: readonly DawClip[]): DawClip[] {
  const t0 = v.scrollLeft / v.pxPerSecond;
  const t1 = (v.scrollLeft + v.width) / v.pxPerSecond;
  const out: DawClip[] = [];
  for (const c of clips) {
    if (c.position > t1) break;
    if (c.position + c.length >= t0) out.push(c);
  }
  return out;
}

/** Draws the lanes: row backgrounds, grid, loop, markers, clips (only those in view) and the overlay. */
export function paintLanes(
  g: CanvasRenderingContext2D,
  v: Viewport,
  state: ProjectState,
  tracks: readonly DawTrack[],
  clipsByTrack: ReadonlyMap<string, DawClip[]>,
  peaks: PeaksCache,
  overlay: LaneOverlay,
) {
  g.fillStyle = '#0f1422';
  g.fillRect(0, 0, v.width, v.height);
  const [first, last] = visibleRows(v, tracks.length);
  for (let row = first; row <= last; row++) {
    g.fillStyle = row % 2 ? '#121829' : '#141b2e';
    g.fillRect(0, row * ROW_HEIGHT - v.scrollTop, v.width, ROW_HEIGHT);
  }
  for (const line of gridLines(v, state.bpm, state.meter)) {
    g.fillStyle = line.bar ? 'rgba(148,163,184,0.28)' : 'rgba(148,163,184,0.1)';
    g.fillRect(Math.round(xOf(v, line.t)), 0, 1, v.height);
  }
  if (state.loop) {
    const x0 = xOf(v, state.loop.start);
    g.fillStyle = state.loopOn ? 'rgba(34,197,94,0.08)' : 'rgba(148,163,184,0.05)';
    g.fillRect(x0, 0, xOf(v, state.loop.end) - x0, v.height);
  }
  for (const m of state.markers) {
    g.fillStyle = 'rgba(250,204,21,0.5)';
    g.fillRect(Math.round(xOf(v, m.position)), 0, 1, v.height);
  }
  for (let row = first; row <= last; row++) {
    const track = tracks[row];
    for (const clip of clipsInView(v, clipsByTrack.get(track.id) ?? [])) {
      paintClip(g, v, state, clip, clipBox(v, clip, row), peaks, overlay.selection.has(clip.id));
    }
  }
  if (overlay.dropRow !== null) {
    g.fillStyle = 'rgba(56,189,248,0.18)';
    g.fillRect(0, overlay.dropRow * ROW_HEIGHT - v.scrollTop, v.width, ROW_HEIGHT);
  }
  const band = overlay.rubberBand;
  if (band) {
    g.fillStyle = 'rgba(56,189,248,0.15)';
    g.strokeStyle = '#38bdf8';
    const x = Math.min(band.x0, band.x1);
    const y = Math.min(band.y0, band.y1);
    g.fillRect(x, y, Math.abs(band.x1 - band.x0), Math.abs(band.y1 - band.y0));
    g.strokeRect(x + 0.5, y + 0.5, Math.abs(band.x1 - band.x0), Math.abs(band.y1 - band.y0));
  }
}

function paintClip(
  g: CanvasRenderingContext2D,
  v: Viewport,
  state: ProjectState,
  clip: DawClip,
  box: ClipBox,
  peaks: PeaksCache,
  selected: boolean,
) {
  const left = Math.max(box.left, -2);
  const right = Math.min(box.right, v.width + 2);
  const width = Math.max(1, right - left);
  const height = box.bottom - box.top;
  g.globalAlpha = clip.mute ? 0.35 : 1;
  if (box.right - box.left < 4) {
    // zoomed far out: a clip is a bar of its colour, so thousands of clips stay cheap to draw
    g.fillStyle = selected ? '#f8fafc' : clip.color;
    g.fillRect(left, box.top, width, height);
    g.globalAlpha = 1;
    return;
  }
  g.fillStyle = `${clip.color}55`;
  g.fillRect(left, box.top, width, height);
  g.fillStyle = `${clip.color}cc`;
  g.fillRect(left, box.top, width, CLIP_TITLE_HEIGHT);
  const source = peaks.get(clip.source);
  if (source === 'missing') paintMissing(g, left, box.top + CLIP_TITLE_HEIGHT, width, height - CLIP_TITLE_HEIGHT);
  else if (source) paintWaveform(g, v, state, clip, box, left, right, source);
  if (width > 12) paintFades(g, clip, box, v.pxPerSecond);
  const gy = gainY(box, clip.gainDb);
  g.fillStyle = 'rgba(250,250,250,0.55)';
  g.fillRect(left, Math.round(gy), width, 1);
  g.globalAlpha = 1;
  if (width > 24) paintLabel(g, clip, box, left, width);
  g.strokeStyle = selected ? '#f8fafc' : `${clip.color}`;
  g.lineWidth = selected ? 2 : 1;
  g.strokeRect(box.left + 0.5, box.top + 0.5, box.right - box.left - 1, height - 1);
  g.lineWidth = 1;
}

function paintLabel(g: CanvasRenderingContext2D, clip: DawClip, box: ClipBox, left: number, width: number) {
  g.save();
  g.beginPath();
  g.rect(left, box.top, width, CLIP_TITLE_HEIGHT);
  g.clip();
  g.fillStyle = '#0b1020';
  g.font = '11px sans-serif';
  g.textBaseline = 'middle';
  const gain = clip.gainDb ? ` ${clip.gainDb.toFixed(1)} dB` : '';
  const label = `${clip.name}${clip.warp ? ' ⟷' : ''}${clip.mute ? ' (muted)' : ''}${gain}`;
  g.fillText(label, Math.max(box.left, 0) + 4, box.top + CLIP_TITLE_HEIGHT / 2);
  g.restore();
}

function paintMissing(g: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  g.fillStyle = 'rgba(239,68,68,0.25)';
  g.fillRect(x, y, w, h);
  g.fillStyle = '#fca5a5';
  g.font = '11px sans-serif';
  g.textBaseline = 'middle';
  g.fillText('missing', x + 4, y + h / 2);
}

/** Peaks of the source span the clip plays, one column per pixel; nothing is decoded. */
function paintWaveform(
  g: CanvasRenderingContext2D,
  v: Viewport,
  state: ProjectState,
  clip: DawClip,
  box: ClipBox,
  left: number,
  right: number,
  peaks: SourcePeaks,
) {
  const rate = stretchOf(clip, state.bpm);
  const pairs = peaks.data.length / 2;
  const top = box.top + CLIP_TITLE_HEIGHT;
  const mid = (top + box.bottom) / 2;
  const half = (box.bottom - top) / 2 - 1;
  const scale = (half / 127) * Math.min(2, 10 ** (clip.gainDb / 20));
  const perPx = (rate / v.pxPerSecond) * peaks.peaksPerSecond;
  const stride = Math.max(1, Math.floor(perPx / 16));
  g.fillStyle = 'rgba(226,232,240,0.8)';
  for (let px = Math.floor(left); px < right; px++) {
    const sourceTime = clip.offset + ((px - box.left) / v.pxPerSecond) * rate;
    const from = Math.max(0, Math.floor(sourceTime * peaks.peaksPerSecond));
    const to = Math.min(pairs, Math.max(from + 1, Math.floor(from + perPx)));
    let min = 127;
    let max = -127;
    for (let i = from; i < to; i += stride) {
      if (peaks.data[2 * i] < min) min = peaks.data[2 * i];
      if (peaks.data[2 * i + 1] > max) max = peaks.data[2 * i + 1];
    }
    if (min > max) continue;
    const y0 = mid - max * scale;
    g.fillRect(px, y0, 1, Math.max(1, mid - min * scale - y0));
  }
}

function paintFades(g: CanvasRenderingContext2D, clip: DawClip, box: ClipBox, pxPerSecond: number) {
  const top = box.top + CLIP_TITLE_HEIGHT;
  const h = box.bottom - top;
  const fade = (x0: number, w: number, rising: boolean, curve: DawClip['fadeInCurve']) => {
    g.beginPath();
    g.moveTo(x0, rising ? box.bottom : top);
    for (let i = 0; i <= 24; i++) {
      const u = i / 24;
      const gain = fadeGain(curve, rising ? u : 1 - u);
      g.lineTo(x0 + u * w, box.bottom - gain * h);
    }
    g.lineTo(rising ? x0 : x0 + w, top);
    g.closePath();
    g.fillStyle = 'rgba(11,16,32,0.45)';
    g.fill();
  };
  const fi = clip.fadeIn * pxPerSecond;
  const fo = clip.fadeOut * pxPerSecond;
  if (fi > 0) fade(box.left, fi, true, clip.fadeInCurve);
  if (fo > 0) fade(box.right - fo, fo, false, clip.fadeOutCurve);
  g.fillStyle = '#f8fafc';
  g.fillRect(box.left + fi - 3, box.top, 6, 6);
  g.fillRect(box.right - fo - 3, box.top, 6, 6);
}
