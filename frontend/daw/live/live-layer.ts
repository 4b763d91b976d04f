import type { DawOp, DawTrack, ProjectState } from '../model/project-types';
import { timeAt, rowAt, type Viewport } from '../timeline-view';
import { Collaborators } from './collaborators';
import { FollowLeader, type FollowTransport } from './follow-leader';
import type { CursorMessage, Me, PresenceDiff, PresenceEntries, PreviewMessage, ViewSpan } from './live-types';
import { LiveOutbox, type LiveSink } from './live-outbox';
import { paintCollaborators } from './live-painter';
import type { PeopleBarModel } from './people-bar';

/** What the live layer needs of the editor. */
export interface LiveHost {
  viewport(): Viewport;
  tracks(): readonly DawTrack[];
  readonly transport: FollowTransport;
  /** Shows exactly this span of the timeline (a leader's view). */
  showView(view: ViewSpan): void;
  /** Something the others show changed: redraw and re-render. */
  changed(): void;
  showToast(text: string): void;
}

/**
 * The editor's part in a shared project: the others (presence, pointers, playheads, drags in progress), this
 * screen's own pointer, selection and drag for them, and following someone. Java starts it with this screen's
 * identity and the presence it joined, then hands it every `presence_diff`, `cursor` and `preview` of the
 * project's topic (never this screen's own).
 */
export class LiveLayer {
  readonly others: Collaborators;
  private readonly outbox: LiveOutbox;
  readonly follower: FollowLeader;

  constructor(
    private readonly host: LiveHost,
    sink: LiveSink,
  ) {
    this.others = new Collaborators(() => host.changed());
    this.outbox = new LiveOutbox(sink);
    this.follower = new FollowLeader(host.transport, (view) => host.showView(view));
  }

  get started(): boolean {
    return this.others.me !== null;
  }

  start(me: Me, state: PresenceEntries): void {
    this.others.start(me, state);
  }

  /** A message of the project's topic: `presence_diff`, `cursor` or `preview`. */
  message(event: string, payload: unknown): void {
    if (event === 'presence_diff') {
      this.others.presenceDiff(payload as PresenceDiff);
      this.checkLeader();
    } else if (event === 'cursor') {
      const cursor = payload as CursorMessage;
      this.others.cursor(cursor, performance.now());
      this.follower.onCursor(cursor, Date.now(), performance.now());
    } else if (event === 'preview') {
      this.others.preview(payload as PreviewMessage);
    }
  }

  /** The project with the others' drags in progress on top. */
  over(state: ProjectState): ProjectState {
    return this.others.over(state);
  }

  /** The pointer over the lanes at (x, y) in the canvas's pixels; null when it left them. */
  hover(x: number, y: number | null): void {
    const v = this.host.viewport();
    const track = y === null ? null : (this.host.tracks()[rowAt(v, y)]?.id ?? null);
    this.outbox.setPointer(track, timeAt(v, x));
  }

  selected(ids: Iterable<string>): void {
    this.outbox.setSelection(ids);
  }

  previewed(ops: DawOp[] | null): void {
    this.outbox.setPreview(ops);
  }

  follow(name: string | null): void {
    this.follower.follow(name);
    this.outbox.setFollowing(name);
    if (name) {
      const latest = this.others.latestCursorOf(name);
      if (latest) this.follower.onCursor(latest.message, Date.now(), performance.now());
    }
    this.host.changed();
  }

  peopleBar(): PeopleBarModel {
    return { people: this.others.people(), me: this.others.me?.name ?? null, following: this.follower.leader };
  }

  /** Once per animation frame: send what changed, draw the others on their canvas. */
  frame(overlay: CanvasRenderingContext2D | null, shown: ProjectState, transport: FollowTransport): void {
    if (!this.started) return;
    const v = this.host.viewport();
    const now = performance.now();
    const view = v.width
      ? { start: v.scrollLeft / v.pxPerSecond, end: (v.scrollLeft + v.width) / v.pxPerSecond }
      : null;
    this.outbox.flush(now, transport, view);
    if (overlay) paintCollaborators(overlay, v, shown, this.host.tracks(), this.others.others(), now);
  }

  /** A leader who left is no longer followed. */
  private checkLeader() {
    const leader = this.follower.leader;
    if (leader && !this.others.people().some((p) => p.name === leader)) {
      this.follow(null);
      this.host.showToast(`${leader} left: no longer following`);
    }
  }
}
