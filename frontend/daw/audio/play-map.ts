import type { ProjectState } from '../model/project-types';

/**
 * How playback frames (frames since the transport started, one per output frame) map to timeline frames: from an
 * anchor onwards the timeline runs straight on, or, when a loop is on and the anchor lies before its end, up to
 * the loop's end and then round the loop for ever.
 */

export interface LoopFrames {
  start: number;
  end: number;
}

export interface PlayAnchor {
  playFrame: number;
  timelineFrame: number;
  loop: LoopFrames | null;
}

/** A stretch of playback that reads the timeline without a jump. */
export interface Segment {
  playFrame: number;
  timelineFrame: number;
  frames: number;
}

/** The project's loop in frames when cycle playback is on (and the loop is at least one frame long). */
export function loopFrames(state: ProjectState): LoopFrames | null {
  if (!state.loopOn || state.loop === null) return null;
  const start = Math.round(state.loop.start * state.sampleRate);
  const end = Math.round(state.loop.end * state.sampleRate);
  return end > start ? { start, end } : null;
}

function loops(anchor: PlayAnchor): anchor is PlayAnchor & { loop: LoopFrames } {
  return anchor.loop !== null && anchor.timelineFrame < anchor.loop.end;
}

/** The timeline frame heard at `playFrame` (≥ the anchor's). */
export function timelineAt(anchor: PlayAnchor, playFrame: number): number {
  const d = playFrame - anchor.playFrame;
  if (!loops(anchor)) return anchor.timelineFrame + d;
  const first = anchor.loop.end - anchor.timelineFrame;
  if (d < first) return anchor.timelineFrame + d;
  return anchor.loop.start + ((d - first) % (anchor.loop.end - anchor.loop.start));
}

/** The segments that playback frames [from, to) read, split where the loop wraps. */
export function segments(anchor: PlayAnchor, from: number, to: number): Segment[] {
  const result: Segment[] = [];
  let p = from;
  while (p < to) {
    const t = timelineAt(anchor, p);
    const untilWrap = loops(anchor) ? anchor.loop.end - t : Infinity;
    const frames = Math.min(to - p, untilWrap);
    result.push({ playFrame: p, timelineFrame: t, frames });
    p += frames;
  }
  return result;
}

/**
 * The anchor from playback frame `at` on after the loop became `loop`, decided at playback frame `decidedAt` ≤ at:
 * the timeline goes on from where the old mapping is at `at`, except that a playhead the old mapping carries
 * across the new loop's end between the two frames wraps into the loop as if the loop had been on already.
 */
export function reanchor(old: PlayAnchor, decidedAt: number, at: number, loop: LoopFrames | null): PlayAnchor {
  const from = timelineAt(old, decidedAt);
  let timelineFrame = timelineAt(old, at);
  const straight = timelineFrame - from === at - decidedAt;
  if (loop && straight && from < loop.end && timelineFrame >= loop.end) {
    timelineFrame = loop.start + ((timelineFrame - loop.end) % (loop.end - loop.start));
  }
  return { playFrame: at, timelineFrame, loop };
}

/** The anchor that maps `playFrame`: the last one at or before it (the first if none is). */
export function anchorAt(anchors: readonly PlayAnchor[], playFrame: number): PlayAnchor {
  let anchor = anchors[0];
  for (const a of anchors) if (a.playFrame <= playFrame) anchor = a;
  return anchor;
}

/** Playback frames [from, to) cut where a later anchor takes over, each part mapped by one anchor. */
export function anchorParts(anchors: readonly PlayAnchor[], from: number, to: number): [PlayAnchor, number, number][] {
  const cuts = anchors.map((a) => a.playFrame).filter((p) => p > from && p < to);
  const bounds = [from, ...cuts, to];
  return bounds.slice(1).map((end, i) => [anchorAt(anchors, bounds[i]), bounds[i], end]);
}
