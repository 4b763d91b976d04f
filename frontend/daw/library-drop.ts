import { MAX_TIME } from './model/apply-op';
import type { DawOp, DawTrack, StemName } from './model/project-types';
import { orderAtEnd } from './model/track-order';

/** Drag data of a library track or stem: dataTransfer type `application/x-sfa-source`, JSON of this. */
export const SOURCE_DRAG_TYPE = 'application/x-sfa-source';

export interface DraggedSource {
  trackId: string;
  stem: StemName | null;
  name: string;
  duration: number;
  bpm: number | null;
  firstBeat: number | null;
}

export const TRACK_COLORS = ['#e06c75', '#61afef', '#98c379', '#e5c07b', '#c678dd', '#56b6c2', '#d19a66', '#be5046'];

/** The dragged source in a drop's JSON, or null when it is not one. */
export function parseDraggedSource(json: string): DraggedSource | null {
  try {
    const d = JSON.parse(json) as Partial<DraggedSource>;
    if (typeof d.trackId !== 'string' || !d.trackId) return null;
    if (typeof d.duration !== 'number' || !(d.duration > 0)) return null;
    const stem = (['vocals', 'drums', 'bass', 'other'] as const).find((s) => s === d.stem) ?? null;
    return {
      trackId: d.trackId,
      stem,
      name: (typeof d.name === 'string' && d.name.trim() ? d.name.trim() : 'Clip').slice(0, 100),
      duration: d.duration,
      bpm: typeof d.bpm === 'number' && d.bpm > 0 ? d.bpm : null,
      firstBeat: typeof d.firstBeat === 'number' ? d.firstBeat : null,
    };
  } catch {
    return null;
  }
}

/**
 * The batch of a drop at `position`: a clip on `tracks[row]`, or, below the last lane, a new track holding the clip.
 */
export function opsForDrop(
  tracks: readonly DawTrack[],
  source: DraggedSource,
  row: number,
  position: number,
  newId: () => string,
): DawOp[] {
  const ops: DawOp[] = [];
  let track = tracks[row];
  if (!track) {
    const id = newId();
    const value = {
      name: source.stem ? `${source.name} (${source.stem})`.slice(0, 100) : source.name,
      color: TRACK_COLORS[tracks.length % TRACK_COLORS.length],
      volumeDb: 0,
      pan: 0,
      mute: false,
      solo: false,
      order: orderAtEnd(tracks),
    };
    ops.push({ op: 'add', kind: 'track', id, value });
    track = { id, ...value };
  }
  const { name, ...rest } = source;
  ops.push({
    op: 'add',
    kind: 'clip',
    id: newId(),
    value: {
      trackId: track.id,
      name,
      color: track.color,
      source: rest,
      position: Math.min(MAX_TIME, Math.max(0, position)),
      offset: 0,
      length: Math.max(0.001, Math.min(MAX_TIME, source.duration)),
    },
  });
  return ops;
}
