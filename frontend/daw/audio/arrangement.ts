import type { ProjectState } from '../model/project-types';
import { streamName } from '../model/project-types';
import { requestKey } from './chunk-cache';
import { type ChunkRequest, chunkFrames } from './chunk-source';
import { audibleClips, clipFrames } from './mix-rules';
import { type ClipSpan, type PlannedClip, planSegment } from './piece-plan';
import { type PlayAnchor, anchorParts, segments } from './play-map';

/**
 * The audible clips of one project state, indexed by timeline position, and the chunks their streams are read
 * from: what the scheduler asks "what plays in these playback frames, from which chunks?".
 */
export class Arrangement {
  readonly rate: number;
  readonly chunkFrames: number;
  private readonly clips: PlannedClip[];
  private readonly longest: number;

  constructor(
    state: ProjectState,
    private readonly projectId: string,
  ) {
    this.rate = state.sampleRate;
    this.chunkFrames = chunkFrames(this.rate);
    this.clips = audibleClips(state)
      .map((clip) => ({ clip, frames: clipFrames(clip, state.bpm, state.sampleRate) }))
      .sort((a, b) => a.frames.position - b.frames.position);
    this.longest = Math.max(0, ...this.clips.map((c) => c.frames.length));
  }

  /** The clips sounding somewhere in timeline frames [from, to), found by binary search on the position. */
  overlapping(from: number, to: number): PlannedClip[] {
    let lo = 0;
    let hi = this.clips.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.clips[mid].frames.position < to) lo = mid + 1;
      else hi = mid;
    }
    const found: PlannedClip[] = [];
    for (let i = lo - 1; i >= 0 && this.clips[i].frames.position + this.longest > from; i--) {
      const f = this.clips[i].frames;
      if (f.position + f.length > from) found.push(this.clips[i]);
    }
    return found.reverse();
  }

  /** The clip spans of playback frames [from, to), all mapped by `anchor`. */
  spans(anchor: PlayAnchor, from: number, to: number): ClipSpan[] {
    return segments(anchor, from, to).flatMap((seg) =>
      planSegment(this.overlapping(seg.timelineFrame, seg.timelineFrame + seg.frames), seg, this.chunkFrames),
    );
  }

  /** The chunks that playback frames [from, to) read, each once, in the order playback first needs them. */
  requestsFor(anchors: readonly PlayAnchor[], from: number, to: number): ChunkRequest[] {
    const first = new Map<string, { request: ChunkRequest; playFrame: number }>();
    for (const [anchor, a, b] of anchorParts(anchors, from, to)) {
      for (const span of this.spans(anchor, a, b)) {
        for (const p of span.pieces) {
          const request = this.requestOf(p.clip, p.chunk);
          if (!request) continue;
          const key = requestKey(request);
          if ((first.get(key)?.playFrame ?? Infinity) > p.playFrame)
            first.set(key, { request, playFrame: p.playFrame });
        }
      }
    }
    return [...first.values()].sort((x, y) => x.playFrame - y.playFrame).map((x) => x.request);
  }

  /**
   * The request for chunk `chunk` of a clip's stream, or null for one surely past the stream's end (a second past
   * duration·R/s, which a stretched stream cannot reach), so reading past the end costs no request.
   */
  requestOf(planned: PlannedClip, chunk: number): ChunkRequest | null {
    const source = planned.clip.source;
    const stretch = planned.frames.stretch;
    if (chunk * this.chunkFrames >= (source.duration * this.rate) / stretch + this.rate) return null;
    const stream = streamName(source);
    return { projectId: this.projectId, sourceTrackId: source.trackId, stream, rate: this.rate, stretch, chunk };
  }
}
