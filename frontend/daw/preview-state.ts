import { applyBatch } from './model/apply-op';
import type { DawOp, ProjectState } from './model/project-types';

/** A gesture's preview: operations shown on top of the project while a drag lasts, applied once per state. */
export class PreviewState {
  private ops: DawOp[] | null = null;
  private cache: { base: ProjectState; ops: DawOp[]; shown: ProjectState } | null = null;

  /** Shows `ops` from now on; null or none ends the preview. */
  set(ops: DawOp[] | null): void {
    this.ops = ops && ops.length ? ops : null;
  }

  /** `base` with the preview applied: `base` itself without a preview or when the rules refuse it. */
  over(base: ProjectState): ProjectState {
    const ops = this.ops;
    if (!ops) return base;
    if (this.cache?.base !== base || this.cache.ops !== ops) {
      let shown = base;
      try {
        shown = applyBatch(base, { id: 'preview', ops });
      } catch {
        // a preview the rules refuse shows the state as it is
      }
      this.cache = { base, ops, shown };
    }
    return this.cache.shown;
  }
}
