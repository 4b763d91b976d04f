import type { DawOp } from './project-types';
import type { Expectation } from './undo-guard';

/**
 * One step: `undo` are the operations to send when the step is taken, `redo` the operations they revert (sent when
 * the step is taken back). `batch` is the id of the batch the step reverts, so a refused batch loses its step.
 */
export interface UndoStep {
  undo: DawOp[];
  redo: DawOp[];
  batch?: string;
  /** What each `undo` operation expects its target to be when taken (see undo-guard); none: always taken. */
  expect?: Expectation[];
}

/** Undo and redo steps, one per batch; a new edit clears the redo steps; the oldest steps fall off past `limit`. */
export class UndoStack {
  private readonly undoSteps: UndoStep[] = [];
  private readonly redoSteps: UndoStep[] = [];

  constructor(private readonly limit = 200) {}

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  get canRedo(): boolean {
    return this.redoSteps.length > 0;
  }

  /** A new edit: its undo operations and the edit's own. */
  record(step: UndoStep): void {
    this.push(this.undoSteps, step);
    this.redoSteps.length = 0;
  }

  /** The step to undo; the caller sends `undo`, then calls `undone` with the step redo will replay. */
  takeUndo(): UndoStep | undefined {
    return this.undoSteps.pop();
  }

  undone(step: UndoStep): void {
    this.push(this.redoSteps, step);
  }

  takeRedo(): UndoStep | undefined {
    return this.redoSteps.pop();
  }

  redone(step: UndoStep): void {
    this.push(this.undoSteps, step);
  }

  /** Drops the steps that revert a batch the server refused. */
  forget(batchId: string): void {
    for (const steps of [this.undoSteps, this.redoSteps]) {
      const i = steps.findIndex((s) => s.batch === batchId);
      if (i >= 0) steps.splice(i, 1);
    }
  }

  clear(): void {
    this.undoSteps.length = 0;
    this.redoSteps.length = 0;
  }

  private push(steps: UndoStep[], step: UndoStep) {
    steps.push(step);
    if (steps.length > this.limit) steps.shift();
  }
}
