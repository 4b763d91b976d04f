import type { DawOp, ProjectState } from './project-types';

/** What one undo operation expects to find when it is taken: its target as this screen's edit left it. */
export type Expectation = { present: false } | { present: true; value: unknown };

/**
 * Undo is per person: an undo operation reverts a target only while it is still as this screen's edit left it.
 * A property someone else set since keeps their value, an object someone else changed or deleted since is left
 * alone, and one someone re-created is not added twice; the rest of the step is still undone. `after` is the
 * state right after the edit, `undo` the edit's inverse operations.
 */
export function expectationsOf(after: ProjectState, undo: DawOp[]): Expectation[] {
  return undo.map((op) => {
    if (op.op === 'add') return { present: false };
    const target = targetOf(after, op);
    return target === undefined ? { present: false } : { present: true, value: structuredClone(target) };
  });
}

/** The undo operations whose targets are still as expected, and how many were skipped because they are not. */
export function stillOwn(
  current: ProjectState,
  undo: DawOp[],
  expected: Expectation[],
): { ops: DawOp[]; skipped: number } {
  const ops: DawOp[] = [];
  undo.forEach((op, i) => {
    const expectation = expected[i];
    const target = targetOf(current, op);
    const unchanged =
      expectation === undefined ||
      (expectation.present ? target !== undefined && sameValue(target, expectation.value) : target === undefined);
    if (unchanged) ops.push(op);
  });
  return { ops, skipped: undo.length - ops.length };
}

/** The property a `set` reverts, or the whole object an `add` or `delete` is about; undefined when absent. */
function targetOf(state: ProjectState, op: DawOp): unknown {
  if (op.kind === 'project') return op.op === 'set' ? state[op.prop] : undefined;
  const list: { id: string }[] = op.kind === 'track' ? state.tracks : op.kind === 'clip' ? state.clips : state.markers;
  const object = list.find((o) => o.id === op.id) as Record<string, unknown> | undefined;
  if (object === undefined) return undefined;
  return op.op === 'set' ? object[op.prop] : object;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
