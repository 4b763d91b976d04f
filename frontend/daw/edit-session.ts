import { inverseOf } from './model/inverse';
import { ProjectSync } from './model/project-sync';
import type { AppliedBatch, DawOp, OpBatch, ProjectState } from './model/project-types';
import { UndoStack, type UndoStep } from './model/undo-stack';
import { expectationsOf, stillOwn } from './model/undo-guard';

/** Where an edit session's batches and requests go (the editor element turns them into its DOM events). */
export interface SessionOutput {
  /** A batch applied here that the server must apply. */
  send(batch: OpBatch): void;
  /** The server's batches skipped sequence numbers: the whole state is needed again (asked once until it comes). */
  resync(seq: number): void;
  /** A batch was refused here, before sending; `reason` says why. */
  refusedHere(reason: string): void;
}

/** Why a viewer's gesture changes nothing. */
export const VIEW_ONLY = 'View only: you can play this project but not change it';

/**
 * One screen's editing of a project: the server-ordered state with this screen's pending batches on top, and the
 * undo history (one step per batch; undo and redo are batches like any other edit). Undo is per person: only this
 * screen's batches are steps, and a step reverts only what others have not changed since (undo-guard).
 */
export class EditSession {
  /** A viewer's session: nothing is sent, undo and redo included (the history stays for when they may edit). */
  readOnly = false;
  private sync: ProjectSync | null = null;
  private resyncAsked = false;
  private readonly history = new UndoStack(200);

  constructor(
    private readonly output: SessionOutput,
    private readonly newBatchId: () => string = () => crypto.randomUUID(),
  ) {}

  get loaded(): boolean {
    return this.sync !== null;
  }

  /** The state shown: the server's plus the pending batches. Only call once loaded. */
  get visible(): ProjectState {
    return (this.sync as ProjectSync).visible;
  }

  get pending(): readonly OpBatch[] {
    return this.sync?.pending ?? [];
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** The whole state from the server: first, and after a resync. */
  load(state: ProjectState): void {
    this.resyncAsked = false;
    if (this.sync) this.sync.reset(state);
    else this.sync = new ProjectSync(state, (seq) => this.askResync(seq));
  }

  /** The last server sequence number applied here (0 before loading). */
  get seq(): number {
    return this.sync?.confirmed.seq ?? 0;
  }

  /** A batch the server applied; once the state moves on, a later gap may ask for a resync again. */
  receive(applied: AppliedBatch): void {
    const before = this.seq;
    this.sync?.receive(applied);
    if (this.seq > before) this.resyncAsked = false;
  }

  /**
   * The server's latest sequence number: when it is further than this screen, batches were lost on the way (a push
   * message that never arrived) and are asked for, again each time this is heard until they come.
   */
  heard(serverSeq: number): void {
    if (!this.sync || serverSeq <= this.seq) return;
    this.resyncAsked = false;
    this.askResync(this.seq);
  }

  refused(batchId: string): void {
    this.sync?.refused(batchId);
    this.history.forget(batchId);
  }

  /** One gesture's operations as one batch and one undo step; false when they are refused here. */
  commit(ops: DawOp[]): boolean {
    const step = this.send(ops);
    if (step) this.history.record(step);
    return !!step;
  }

  undo(): void {
    if (this.refusedAsReadOnly()) return;
    const step = this.history.takeUndo();
    const done = step && this.take(step);
    if (done) this.history.undone(done);
  }

  redo(): void {
    if (this.refusedAsReadOnly()) return;
    const step = this.history.takeRedo();
    const done = step && this.take(step);
    if (done) this.history.redone(done);
  }

  /** Sends what of the step is still this screen's to revert, and says what others changed since. */
  private take(step: UndoStep) {
    if (!this.sync) return null;
    const { ops, skipped } = step.expect
      ? stillOwn(this.sync.visible, step.undo, step.expect)
      : { ops: step.undo, skipped: 0 };
    if (!ops.length) {
      this.output.refusedHere('Nothing left to undo there: others have changed it since.');
      return null;
    }
    if (skipped > 0) this.output.refusedHere(`Undone, except ${skipped} change(s) others have made since.`);
    return this.send(ops);
  }

  private send(ops: DawOp[]) {
    if (!ops.length || !this.sync || this.refusedAsReadOnly()) return null;
    const batch: OpBatch = { id: this.newBatchId(), ops };
    try {
      const undo = inverseOf(this.sync.visible, batch);
      this.sync.submit(batch);
      this.output.send(batch);
      return { undo, redo: ops, batch: batch.id, expect: expectationsOf(this.sync.visible, undo) };
    } catch (e) {
      this.output.refusedHere((e as Error).message);
      return null;
    }
  }

  private refusedAsReadOnly(): boolean {
    if (this.readOnly) this.output.refusedHere(VIEW_ONLY);
    return this.readOnly;
  }

  private askResync(seq: number) {
    if (this.resyncAsked) return;
    this.resyncAsked = true;
    this.output.resync(seq);
  }
}
