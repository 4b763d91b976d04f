import type { DawOp, ProjectState } from './project-types';

/** A marker's name has 1 to MAX_MARKER_NAME characters, as any name of the project (see apply-op). */
export const MAX_MARKER_NAME = 100;

/**
 * The operations that rename a marker to what was typed (trimmed): one, none when the name is the same, or the
 * reason it cannot be renamed (an empty or too long name, a marker deleted meanwhile).
 */
export function renameMarker(state: ProjectState, markerId: string, typed: string): DawOp[] | { refused: string } {
  const marker = state.markers.find((m) => m.id === markerId);
  if (!marker) return { refused: 'The marker is gone' };
  const name = typed.trim();
  if (!name) return { refused: 'A marker needs a name' };
  if (name.length > MAX_MARKER_NAME) return { refused: `A marker's name has at most ${MAX_MARKER_NAME} characters` };
  return name === marker.name ? [] : [{ op: 'set', kind: 'marker', id: markerId, prop: 'name', value: name }];
}
