import type { PresenceDiff, PresenceEntries, PresenceMeta } from './live-types';

/** One person in the project: their name and colour and their screens. */
export interface Person {
  name: string;
  color: string;
  screens: PresenceMeta[];
}

/**
 * Who is in a project, kept as the Phoenix client's Presence keeps it: `presence_state` replaces everything, each
 * `presence_diff` adds its joins (a meta whose `phx_ref` is already there is not added twice) and then removes its
 * leaves by `phx_ref`, so an update (a leave of the old meta with a join of the new) and diffs that cross the state
 * both end with the server's list.
 */
export class PresenceRoom {
  private entries = new Map<string, PresenceMeta[]>();

  sync(state: PresenceEntries): void {
    this.entries = new Map(Object.entries(state).map(([key, entry]) => [key, [...entry.metas]]));
  }

  diff(diff: PresenceDiff): void {
    for (const [key, entry] of Object.entries(diff.joins)) {
      const joined = new Set(entry.metas.map((m) => m.phx_ref));
      const kept = (this.entries.get(key) ?? []).filter((m) => !joined.has(m.phx_ref));
      this.entries.set(key, [...kept, ...entry.metas]);
    }
    for (const [key, entry] of Object.entries(diff.leaves)) {
      const left = new Set(entry.metas.map((m) => m.phx_ref));
      const kept = (this.entries.get(key) ?? []).filter((m) => !left.has(m.phx_ref));
      if (kept.length) this.entries.set(key, kept);
      else this.entries.delete(key);
    }
  }

  /** Everyone, by name. */
  people(): Person[] {
    return [...this.entries.entries()]
      .map(([name, screens]) => ({ name, color: screens[screens.length - 1].color, screens }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Every screen, by the screen id it sends from. */
  screens(): Map<string, PresenceMeta> {
    const all = new Map<string, PresenceMeta>();
    for (const metas of this.entries.values()) for (const m of metas) all.set(m.screen, m);
    return all;
  }
}
