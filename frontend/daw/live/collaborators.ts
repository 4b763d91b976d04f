import { applyBatch } from '../model/apply-op';
import type { DawOp, ProjectState } from '../model/project-types';
import type { CursorMessage, Me, PresenceDiff, PresenceEntries, PreviewMessage } from './live-types';
import { PresenceRoom, type Person } from './presence-room';

/** Another screen in the project as this one draws it. */
export interface Collaborator {
  screen: string;
  name: string;
  color: string;
  selection: readonly string[];
  /** The clip they are dragging or trimming. */
  editing: string | null;
  following: string | null;
  /** Their latest pointer and playhead, with when it arrived here (`performance.now()` ms). */
  cursor: { message: CursorMessage; receivedAt: number } | null;
}

/**
 * The others in the project: presence from the server's state and diffs, each screen's latest pointer and its drag
 * preview. A screen's pointer and preview go when it leaves. Previews are drawn over the project one screen at a
 * time, so one that no longer applies (its clip deleted) hides only itself.
 */
export class Collaborators {
  readonly room = new PresenceRoom();
  me: Me | null = null;
  private readonly cursors = new Map<string, { message: CursorMessage; receivedAt: number }>();
  private readonly previews = new Map<string, DawOp[]>();
  private cache: { base: ProjectState; version: number; shown: ProjectState } | null = null;
  private version = 0;

  constructor(private readonly changed: () => void) {}

  /** This screen's place in the project and the presence it joined into. */
  start(me: Me, state: PresenceEntries): void {
    this.me = me;
    this.room.sync(state);
    this.dropGone();
  }

  presenceDiff(diff: PresenceDiff): void {
    this.room.diff(diff);
    this.dropGone();
  }

  cursor(message: CursorMessage, receivedAt: number): void {
    if (message.screen === this.me?.screen) return;
    this.cursors.set(message.screen, { message, receivedAt });
    this.changed();
  }

  preview(message: PreviewMessage): void {
    if (message.screen === this.me?.screen) return;
    if (message.ops.length) this.previews.set(message.screen, message.ops);
    else this.previews.delete(message.screen);
    this.version++;
    this.changed();
  }

  /** Everyone in the project, this screen's person included. */
  people(): Person[] {
    return this.room.people();
  }

  /** The other screens (a person's other tabs included). */
  others(): Collaborator[] {
    const out: Collaborator[] = [];
    for (const meta of this.room.screens().values()) {
      if (meta.screen === this.me?.screen) continue;
      out.push({
        screen: meta.screen,
        name: meta.name,
        color: meta.color,
        selection: meta.selection,
        editing: meta.editing || null,
        following: meta.following || null,
        cursor: this.cursors.get(meta.screen) ?? null,
      });
    }
    return out;
  }

  /** The latest pointer of a person (their most recent screen), other than this screen. */
  latestCursorOf(name: string): { message: CursorMessage; receivedAt: number } | null {
    let latest: { message: CursorMessage; receivedAt: number } | null = null;
    for (const c of this.cursors.values()) {
      if (c.message.user === name && (!latest || c.message.at > latest.message.at)) latest = c;
    }
    return latest;
  }

  /** `base` with the others' drags in progress on top. */
  over(base: ProjectState): ProjectState {
    if (!this.previews.size) return base;
    if (this.cache?.base === base && this.cache.version === this.version) return this.cache.shown;
    let shown = base;
    for (const ops of this.previews.values()) {
      try {
        shown = applyBatch(shown, { id: 'peer-preview', ops });
      } catch {
        // a drag whose clip is gone here shows nothing until its screen ends it
      }
    }
    this.cache = { base, version: this.version, shown };
    return shown;
  }

  private dropGone() {
    const present = this.room.screens();
    for (const screen of [...this.cursors.keys()]) if (!present.has(screen)) this.cursors.delete(screen);
    for (const screen of [...this.previews.keys()]) {
      if (!present.has(screen)) {
        this.previews.delete(screen);
        this.version++;
      }
    }
    this.changed();
  }
}
