import { applyOp } from './apply-op';
import type { DawOp, OpBatch, ProjectState } from './project-types';

/**
 * The operations that undo `batch`, computed against the state before it: applying the batch and then these gives
 * the state back. Deleting a track is undone by adding the track and then each of its clips again.
 */
export function inverseOf(state: ProjectState, batch: OpBatch): DawOp[] {
  const steps: DawOp[][] = [];
  let current = state;
  for (const op of batch.ops) {
    steps.push(inverseOfOp(current, op));
    current = applyOp(current, op);
  }
  return steps.reverse().flat();
}

function inverseOfOp(state: ProjectState, op: DawOp): DawOp[] {
  if (op.kind === 'project') {
    return [{ op: 'set', kind: 'project', prop: op.prop, value: copy(state[op.prop]) }];
  }
  if (op.op === 'add') return [{ op: 'delete', kind: op.kind, id: op.id }];
  const object = objectOf(state, op.kind, op.id);
  if (!object) return [];
  if (op.op === 'set') {
    return [{ op: 'set', kind: op.kind, id: op.id, prop: op.prop, value: copy(object[op.prop]) }];
  }
  const readd = (kind: 'track' | 'clip' | 'marker', o: Record<string, unknown>): DawOp => {
    const { id, ...value } = copy(o);
    return { op: 'add', kind, id: id as string, value } as DawOp;
  };
  if (op.kind !== 'track') return [readd(op.kind, object)];
  const clips = state.clips.filter((c) => c.trackId === op.id);
  return [readd('track', object), ...clips.map((c) => readd('clip', c as unknown as Record<string, unknown>))];
}

function objectOf(state: ProjectState, kind: 'track' | 'clip' | 'marker', id: string): Record<string, unknown> | null {
  const list: { id: string }[] = kind === 'track' ? state.tracks : kind === 'clip' ? state.clips : state.markers;
  return (list.find((o) => o.id === id) as Record<string, unknown> | undefined) ?? null;
}

function copy<T>(value: T): T {
  return value !== null && typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as T) : value;
}
