import { applyBatch } from './apply-op';
import type { AppliedBatch, OpBatch, ProjectState } from './project-types';

/**
 * The browser's copy of a project: the server's confirmed state plus this screen's batches the server has not
 * confirmed yet. `visible` is what the editor shows and plays. Server batches are applied in the server's order
 * (last writer wins the same way on every screen); a batch arriving out of order reports a gap for a resync.
 */
export class ProjectSync {
  private confirmedState: ProjectState;
  private pendingBatches: OpBatch[] = [];
  private visibleState: ProjectState;

  constructor(
    state: ProjectState,
    private readonly onGap: (seq: number) => void = () => {},
  ) {
    this.confirmedState = state;
    this.visibleState = state;
  }

  get confirmed(): ProjectState {
    return this.confirmedState;
  }

  get visible(): ProjectState {
    return this.visibleState;
  }

  get pending(): readonly OpBatch[] {
    return this.pendingBatches;
  }

  /** Applies this screen's batch at once and keeps it pending; throws (changing nothing) when it is refused locally. */
  submit(batch: OpBatch): void {
    this.visibleState = applyBatch(this.visibleState, batch);
    this.pendingBatches.push(batch);
  }

  /** A batch the server applied (anyone's, in its order). Returns false when it could not be applied (gap). */
  receive(applied: AppliedBatch): boolean {
    const seq = this.confirmedState.seq;
    if (applied.seq <= seq) {
      this.dropPending(applied.batch);
      return true;
    }
    if (applied.from !== seq + 1) {
      this.onGap(seq);
      return false;
    }
    try {
      this.confirmedState = {
        ...applyBatch(this.confirmedState, { id: applied.batch, ops: applied.ops }),
        seq: applied.seq,
      };
    } catch {
      this.onGap(seq);
      return false;
    }
    this.dropPending(applied.batch);
    this.rebuild();
    return true;
  }

  /** The server refused one of this screen's batches: it is dropped and the view rebuilt without it. */
  refused(batchId: string): void {
    this.dropPending(batchId);
    this.rebuild();
  }

  /** A fresh state from the server (after a gap); pending batches stay until the server confirms or refuses them. */
  reset(state: ProjectState): void {
    this.confirmedState = state;
    this.rebuild();
  }

  private dropPending(batchId: string) {
    this.pendingBatches = this.pendingBatches.filter((b) => b.id !== batchId);
  }

  /** visible = confirmed + pending; a pending batch that no longer applies is left out (the server refuses it too). */
  private rebuild() {
    let state = this.confirmedState;
    for (const batch of this.pendingBatches) {
      try {
        state = applyBatch(state, batch);
      } catch {
        // the server's order made it impossible: the server refuses it too, and its refusal drops it here
      }
    }
    this.visibleState = state;
  }
}
