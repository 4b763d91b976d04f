import type { DawClip, DawTrack, ProjectState } from './model/project-types';
import { sortedTracks } from './model/track-order';

/** A state arranged for drawing: tracks in order, each track's clips by position, and where the content ends. */
export interface Layout {
  tracks: DawTrack[];
  clipsByTrack: Map<string, DawClip[]>;
  end: number;
}

const layouts = new WeakMap<ProjectState, Layout>();

/** The layout of a state, computed once per state object (states are never mutated). */
export function layoutOf(state: ProjectState): Layout {
  let layout = layouts.get(state);
  if (!layout) {
    const clipsByTrack = new Map<string, DawClip[]>(state.tracks.map((t) => [t.id, []]));
    let end = state.loop?.end ?? 0;
    for (const c of state.clips) {
      clipsByTrack.get(c.trackId)?.push(c);
      end = Math.max(end, c.position + c.length);
    }
    for (const m of state.markers) end = Math.max(end, m.position);
    for (const list of clipsByTrack.values()) list.sort((a, b) => a.position - b.position);
    layout = { tracks: sortedTracks(state.tracks), clipsByTrack, end };
    layouts.set(state, layout);
  }
  return layout;
}
