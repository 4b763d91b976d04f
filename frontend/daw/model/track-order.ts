import type { DawTrack } from './project-types';

/** Tracks as shown: by ascending `order`, ties by id so every screen agrees. */
export function sortedTracks(tracks: readonly DawTrack[]): DawTrack[] {
  return [...tracks].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** An `order` between two neighbours (either may be missing: the ends of the list). */
export function orderBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** The `order` that moves the track at `from` to index `to` of the sorted list (indexes of the list before the move). */
export function orderForMove(sorted: readonly DawTrack[], from: number, to: number): number {
  const others = sorted.filter((_, i) => i !== from);
  const at = Math.max(0, Math.min(others.length, to > from ? to - 1 : to));
  return orderBetween(others[at - 1]?.order, others[at]?.order);
}

/** The `order` for a new track after all others. */
export function orderAtEnd(tracks: readonly DawTrack[]): number {
  return tracks.length ? Math.max(...tracks.map((t) => t.order)) + 1 : 1;
}
