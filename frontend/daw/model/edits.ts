import { MAX_TIME } from './apply-op';
import type { DawClip, DawOp, FadeCurve, ProjectState } from './project-types';
import { stretchOf } from './project-types';

/**
 * The operations of the editor's gestures on clips, as pure functions of the state. Each returns the operations
 * of one batch; an empty list means the gesture changes nothing.
 */

export type NewId = () => string;
const MIN_LENGTH = 0.001;

const round = (t: number) => Math.round(t * 1e6) / 1e6;

function set(clip: DawClip, prop: keyof DawClip, value: unknown): DawOp[] {
  return clip[prop] === value ? [] : [{ op: 'set', kind: 'clip', id: clip.id, prop, value }];
}

function clipsOf(state: ProjectState, ids: Iterable<string>): DawClip[] {
  const wanted = new Set(ids);
  return state.clips.filter((c) => wanted.has(c.id));
}

/**
 * Moves clips by `dt` seconds and `dTracks` rows of `trackOrder` (track ids as shown). The move is limited so no
 * clip starts before 0 or leaves the tracks.
 */
export function moveClips(
  state: ProjectState,
  ids: Iterable<string>,
  dt: number,
  dTracks: number,
  trackOrder: string[],
): DawOp[] {
  const clips = clipsOf(state, ids);
  if (!clips.length) return [];
  const earliest = Math.min(...clips.map((c) => c.position));
  const delta = Math.max(-earliest, dt);
  const rows = clips.map((c) => trackOrder.indexOf(c.trackId));
  const dRow = Math.max(-Math.min(...rows), Math.min(trackOrder.length - 1 - Math.max(...rows), dTracks));
  return clips.flatMap((c, i) => [
    ...set(c, 'position', Math.min(MAX_TIME, round(c.position + delta))),
    ...(dRow && rows[i] >= 0 ? set(c, 'trackId', trackOrder[rows[i] + dRow]) : []),
  ]);
}

/** Source seconds read per timeline second. */
function rate(clip: DawClip, state: ProjectState): number {
  return stretchOf(clip, state.bpm);
}

/** The most a clip may last from `offset` without reading past its source. */
function maxLength(clip: DawClip, offset: number, state: ProjectState): number {
  return (clip.source.duration + 0.001 - offset) / rate(clip, state);
}

/** Moves a clip's start to timeline time `t` (its end stays): position, offset and length change together. */
export function trimStart(state: ProjectState, clip: DawClip, t: number): DawOp[] {
  const end = clip.position + clip.length;
  const r = rate(clip, state);
  const earliest = Math.max(0, clip.position - clip.offset / r);
  const start = Math.max(earliest, Math.min(end - MIN_LENGTH, t));
  const offset = Math.max(0, round(clip.offset + (start - clip.position) * r));
  const position = round(start);
  const length = Math.max(MIN_LENGTH, round(end - start));
  // Every operation is checked against the state the ones before it left, so the clip must stay inside its source
  // after each: a clip that shrinks gets its new length before its later offset, one that grows its earlier offset
  // before its new length.
  const offsetOps = set(clip, 'offset', offset);
  const lengthOps = set(clip, 'length', length);
  const ordered = length < clip.length ? [...lengthOps, ...offsetOps] : [...offsetOps, ...lengthOps];
  return [...ordered, ...set(clip, 'position', position)];
}

/** Moves a clip's end to timeline time `t`, within its source. */
export function trimEnd(state: ProjectState, clip: DawClip, t: number): DawOp[] {
  const length = Math.max(MIN_LENGTH, Math.min(maxLength(clip, clip.offset, state), t - clip.position));
  return set(clip, 'length', Math.floor(length * 1e6) / 1e6);
}

/** Cuts each clip that spans `t` in two: the left part keeps the id, the right one is a new clip. */
export function splitAt(state: ProjectState, ids: Iterable<string>, t: number, newId: NewId): DawOp[] {
  return clipsOf(state, ids)
    .filter((c) => t > c.position + MIN_LENGTH && t < c.position + c.length - MIN_LENGTH)
    .flatMap((c) => {
      const left = round(t - c.position);
      const { id: _id, ...rest } = c;
      const right = {
        ...rest,
        position: round(t),
        offset: round(c.offset + left * rate(c, state)),
        length: round(c.length - left),
        fadeIn: 0,
      };
      return [
        ...set(c, 'length', left),
        ...set(c, 'fadeOut', 0),
        { op: 'add', kind: 'clip', id: newId(), value: right } as DawOp,
      ];
    });
}

/** Copies of clips placed `dt` later (duplicate: right after the selection's end; paste: at the playhead). */
export function copyClips(clips: readonly DawClip[], dt: number, newId: NewId, trackId?: (clip: DawClip) => string) {
  return clips
    .filter((c) => c.position + dt >= 0 && c.position + dt <= MAX_TIME)
    .map((c) => {
      const { id: _id, ...rest } = c;
      const value = { ...rest, position: round(c.position + dt), trackId: trackId ? trackId(c) : c.trackId };
      return { op: 'add', kind: 'clip', id: newId(), value } as DawOp;
    });
}

/** Duplicates the clips right after the end of the group, keeping their tracks. */
export function duplicateClips(state: ProjectState, ids: Iterable<string>, newId: NewId): DawOp[] {
  const clips = clipsOf(state, ids);
  if (!clips.length) return [];
  const start = Math.min(...clips.map((c) => c.position));
  const end = Math.max(...clips.map((c) => c.position + c.length));
  return copyClips(clips, end - start, newId);
}

export function deleteClips(state: ProjectState, ids: Iterable<string>): DawOp[] {
  return clipsOf(state, ids).map((c) => ({ op: 'delete', kind: 'clip', id: c.id }) as DawOp);
}

/** Fade lengths that fit in the clip together. */
export function setFade(clip: DawClip, which: 'fadeIn' | 'fadeOut', seconds: number): DawOp[] {
  const other = which === 'fadeIn' ? clip.fadeOut : clip.fadeIn;
  return set(clip, which, round(Math.max(0, Math.min(clip.length - other, seconds))));
}

export function setFadeCurve(clips: readonly DawClip[], which: 'fadeInCurve' | 'fadeOutCurve', curve: FadeCurve) {
  return clips.flatMap((c) => set(c, which, curve));
}

export function setGain(clip: DawClip, db: number): DawOp[] {
  return set(clip, 'gainDb', Math.round(Math.max(-60, Math.min(12, db)) * 10) / 10);
}

/** Warp on or off for the clips whose source has a tempo; a clip that would then overrun its source is shortened. */
export function setWarp(state: ProjectState, clips: readonly DawClip[], warp: boolean): DawOp[] {
  return clips
    .filter((c) => c.source.bpm !== null && c.warp !== warp)
    .flatMap((c) => {
      const warped = { ...c, warp };
      const fits = Math.floor(maxLength(warped, c.offset, state) * 1e6) / 1e6;
      const length = Math.min(c.length, fits);
      return length < MIN_LENGTH ? [] : [...set(c, 'length', length), ...set(c, 'warp', warp)];
    });
}

export function setClipProp(clips: readonly DawClip[], prop: 'name' | 'color' | 'mute', value: string | boolean) {
  return clips.flatMap((c) => set(c, prop, value));
}
