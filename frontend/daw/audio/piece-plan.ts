import type { DawClip } from '../model/project-types';
import type { ClipFrames } from './mix-rules';
import type { Segment } from './play-map';

/**
 * Which parts of which chunks play in a segment of playback. A chunk k of a stream holds its frames
 * [k·C, (k+1)·C); a clip's frame n (timeline frame P + n) is stream frame O + n.
 */

/** A clip as the planner needs it: the clip and its frames. */
export interface PlannedClip {
  clip: DawClip;
  frames: ClipFrames;
}

/** Frames [chunkOffset, chunkOffset + frames) of chunk `chunk`, heard from playback frame `playFrame`. */
export interface Piece {
  clip: PlannedClip;
  chunk: number;
  chunkOffset: number;
  frames: number;
  playFrame: number;
  /** The clip frame n of the piece's first frame. */
  clipFrame: number;
}

/** The frames [from, to) of one clip heard without a jump in one segment: they share one gain envelope. */
export interface ClipSpan {
  clip: PlannedClip;
  playFrame: number;
  fromClipFrame: number;
  toClipFrame: number;
  pieces: Piece[];
}

/** The spans of every clip that overlaps the segment, each cut into pieces at chunk boundaries. */
export function planSegment(clips: readonly PlannedClip[], segment: Segment, chunkFrames: number): ClipSpan[] {
  const start = segment.timelineFrame;
  const end = start + segment.frames;
  const spans: ClipSpan[] = [];
  for (const clip of clips) {
    const { position, length, streamOffset } = clip.frames;
    const from = Math.max(start, position) - position;
    const to = Math.min(end, position + length) - position;
    if (from >= to) continue;
    const playFrame = segment.playFrame + position + from - start;
    const pieces: Piece[] = [];
    for (let n = from; n < to;) {
      const streamFrame = streamOffset + n;
      const chunk = Math.floor(streamFrame / chunkFrames);
      const chunkOffset = streamFrame - chunk * chunkFrames;
      const frames = Math.min(to - n, chunkFrames - chunkOffset);
      pieces.push({ clip, chunk, chunkOffset, frames, playFrame: playFrame + n - from, clipFrame: n });
      n += frames;
    }
    spans.push({ clip, playFrame, fromClipFrame: from, toClipFrame: to, pieces });
  }
  return spans;
}

/** The part of a span heard from playback frame `from` on (for a block scheduled late), or null if none is. */
export function trimSpan(span: ClipSpan, from: number): ClipSpan | null {
  const skip = from - span.playFrame;
  if (skip <= 0) return span;
  if (skip >= span.toClipFrame - span.fromClipFrame) return null;
  const pieces: Piece[] = [];
  for (const piece of span.pieces) {
    const cut = Math.min(Math.max(from - piece.playFrame, 0), piece.frames);
    if (cut === piece.frames) continue;
    pieces.push({
      ...piece,
      chunkOffset: piece.chunkOffset + cut,
      frames: piece.frames - cut,
      playFrame: piece.playFrame + cut,
      clipFrame: piece.clipFrame + cut,
    });
  }
  return { ...span, playFrame: from, fromClipFrame: span.fromClipFrame + skip, pieces };
}
