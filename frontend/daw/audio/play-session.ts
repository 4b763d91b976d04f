import { type PlayAnchor, anchorAt, reanchor, timelineAt } from './play-map';
import type { ScheduledSource } from './playback-engine';
import { type BlockNodes, type Clock, cancelBlock, releaseBlock } from './voice';

/** Scheduling block: sources never cross a block, and an edit is heard from the next block not yet started. */
export const BLOCK_SECONDS = 0.25;

/**
 * One run of the transport: playback frame p plays at context time (startFrame + p) / rate; anchors map playback
 * frames to timeline frames (a new one at a block start after each edit); blocks [b·B, (b+1)·B) are scheduled in
 * order up to `nextBlock`, each with the nodes made for it.
 */
export class PlaySession {
  readonly clock: Clock;
  readonly blockFrames: number;
  anchors: PlayAnchor[];
  nextBlock = 0;
  readonly blocks = new Map<number, BlockNodes>();

  constructor(rate: number, start: PlayAnchor) {
    this.clock = { rate, startFrame: 0 };
    this.blockFrames = Math.round(BLOCK_SECONDS * rate);
    this.anchors = [start];
  }

  /** The playback frame the context is at (negative before the start). */
  nowFrame(ctx: BaseAudioContext): number {
    return Math.floor(ctx.currentTime * this.clock.rate + 1e-6) - this.clock.startFrame;
  }

  blockStart(b: number): number {
    return b * this.blockFrames;
  }

  anchorAt(playFrame: number): PlayAnchor {
    return anchorAt(this.anchors, playFrame);
  }

  timelineAt(playFrame: number): number {
    return timelineAt(this.anchorAt(playFrame), playFrame);
  }

  /**
   * Drops the blocks that start at or after `cutoff`'s block boundary and re-anchors the timeline there with the
   * loop now given, so that the scheduler plans them again from the current project.
   */
  replanFrom(cutoff: number, loop: PlayAnchor['loop']): void {
    const first = Math.max(0, Math.ceil(cutoff / this.blockFrames));
    for (const [b, block] of this.blocks) {
      if (b < first) continue;
      cancelBlock(block);
      this.blocks.delete(b);
    }
    const at = this.blockStart(first);
    const anchor = reanchor(this.anchorAt(at), Math.min(cutoff, at), at, loop);
    this.anchors = [...this.anchors.filter((a) => a.playFrame < at), anchor];
    this.nextBlock = Math.min(this.nextBlock, first);
  }

  /** Lets go of the nodes of blocks that ended before context time `before`. */
  releaseBefore(before: number): void {
    for (const [b, block] of this.blocks) {
      if (block.endTime >= before) continue;
      releaseBlock(block);
      this.blocks.delete(b);
    }
  }

  scheduled(now: number): ScheduledSource[] {
    return [...this.blocks.values()].flatMap((b) => b.info).filter((s) => s.when + s.duration > now);
  }
}
