import { EditSession, type SessionOutput } from './edit-session';
import { EditorCommands } from './editor-commands';
import type { EditorContext } from './editor-context';
import { layoutOf } from './editor-layout';
import { gridStep, snapTime, type SnapMode } from './model/grid';
import type { AppliedBatch, DawClip, DawOp, DawTrack, ProjectState } from './model/project-types';
import { PreviewState } from './preview-state';
import type { Viewport } from './timeline-view';
import { Transport, type EngineFactory } from './transport';

/** The shared project's live layer as the model sees it: the others' drags drawn in, this screen's told. */
export interface LiveHooks {
  over(state: ProjectState): ProjectState;
  selected(ids: Iterable<string>): void;
  previewed(ops: DawOp[] | null): void;
}

const solo: LiveHooks = { over: (s) => s, selected: () => {}, previewed: () => {} };

/** What the model asks of the editor element: the timeline in view, the pointer and menu, focus and refreshes. */
export interface EditorView {
  /** The project the element shows, whose media the engine plays. */
  readonly projectId: string;
  readonly viewport: Viewport;
  openClipMenu(clip: DawClip, x: number, y: number, t: number): void;
  setCursor(cursor: string): void;
  requestDraw(): void;
  /** Re-render: something the element shows changed. */
  requestUpdate(): void;
  focus(): void;
  showToast(text: string): void;
}

/**
 * The editor without its element: the edit session (the server's state with this screen's pending batches, and
 * undo), a gesture's preview, the selection, the snap grid and playback. It is the EditorContext the gestures and
 * commands work on; the element gives it the view and turns its batches into DOM events.
 */
export class EditorModel implements EditorContext {
  selection = new Set<string>();
  snapMode: SnapMode = 'beat';
  readonly session: EditSession;
  readonly transport: Transport;
  readonly commands = new EditorCommands(this, () => this.snapMode);
  private readonly previewed = new PreviewState();
  /** Set by the element once its live layer exists. */
  live: LiveHooks = solo;

  constructor(
    private readonly view: EditorView,
    output: Omit<SessionOutput, 'refusedHere'>,
    createEngine: EngineFactory,
  ) {
    this.session = new EditSession({ ...output, refusedHere: (reason) => view.showToast(reason) });
    this.transport = new Transport(createEngine, (message) => view.showToast(message));
  }

  get loaded(): boolean {
    return this.session.loaded;
  }

  get readOnly(): boolean {
    return this.session.readOnly;
  }

  /** Read-only ends a gesture's preview at once (its commit is then refused like any other edit). */
  set readOnly(on: boolean) {
    this.session.readOnly = on;
    if (on) this.preview(null);
  }

  /** The whole state from the server; the selection keeps the clips still there. */
  load(state: ProjectState): void {
    this.session.load(state);
    const ids = new Set(this.state.clips.map((c) => c.id));
    this.select([...this.selection].filter((id) => ids.has(id)));
    this.attach();
  }

  /** A batch the server applied; the selection drops clips it deleted. */
  receive(applied: AppliedBatch): void {
    this.session.receive(applied);
    if (applied.ops.some((op) => op.op === 'delete' && op.kind === 'clip')) {
      const ids = new Set(this.state.clips.map((c) => c.id));
      const kept = [...this.selection].filter((id) => ids.has(id));
      if (kept.length !== this.selection.size) this.select(kept);
    }
    this.changed();
  }

  refused(batchId: string): void {
    this.session.refused(batchId);
    this.changed();
  }

  /** Makes the engine once both the project id and its state are known. */
  attach(): void {
    const projectId = this.view.projectId;
    if (this.loaded && projectId) this.transport.attach(projectId, this.state);
    this.changed();
  }

  detach(): void {
    this.transport.dispose();
  }

  /** After any change of what is shown: re-render, redraw, and give the engine the project it should play. */
  changed(): void {
    this.view.requestUpdate();
    this.view.requestDraw();
    if (this.loaded) this.transport.follow(this.shown);
  }

  // ---- EditorContext ----------------------------------------------------------------------------------------

  get state(): ProjectState {
    return this.session.visible;
  }

  /** The project as drawn: the visible state with the others' drags and then this screen's on top. */
  get shown(): ProjectState {
    return this.previewed.over(this.live.over(this.state));
  }

  get tracks(): DawTrack[] {
    return layoutOf(this.state).tracks;
  }

  get clipsByTrack(): Map<string, DawClip[]> {
    return layoutOf(this.state).clipsByTrack;
  }

  get viewport(): Viewport {
    return this.view.viewport;
  }

  get playhead(): number {
    return this.transport.position;
  }

  seek(t: number): void {
    this.transport.seek(t);
  }

  snap(t: number, bypass: boolean): number {
    const s = this.state;
    return snapTime(t, bypass ? 0 : gridStep(this.snapMode, s.bpm, s.meter));
  }

  commit(ops: DawOp[]): boolean {
    const done = this.session.commit(ops);
    this.changed();
    return done;
  }

  preview(ops: DawOp[] | null): void {
    const shown = this.readOnly ? null : ops;
    this.previewed.set(shown);
    this.live.previewed(shown);
    this.changed();
  }

  select(ids: Iterable<string>): void {
    this.selection = new Set(ids);
    this.live.selected(this.selection);
    this.view.requestUpdate();
    this.view.requestDraw();
  }

  openClipMenu(clip: DawClip, x: number, y: number, t: number): void {
    if (!this.selection.has(clip.id)) this.select([clip.id]);
    if (this.readOnly) return;
    this.view.openClipMenu(clip, x, y, t);
  }

  setCursor(cursor: string): void {
    this.view.setCursor(cursor);
  }

  requestDraw(): void {
    this.view.requestDraw();
  }

  focus(): void {
    this.view.focus();
  }

  newId(): string {
    return crypto.randomUUID();
  }
}
