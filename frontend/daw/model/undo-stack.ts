import type { DawOp } from './project-types';

/** One undo step: the operations that undo a gesture and those that do it again. */
export interface UndoStep {
  undo: DawOp[];
  redo: DawOp[];
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

  clear(): void {
    this.undoSteps.length = 0;
    this.redoSteps.length = 0;
  }

  private push(steps: UndoStep[], step: UndoStep) {
    steps.push(step);
    if (steps.length > this.limit) steps.shift();
  }
}
