import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { PlaybackEngine } from './audio/playback-engine';
import { renderClipMenu, type ClipMenuAction } from './clip-menu';
import { dawEditorStyles } from './daw-editor-styles';
import './daw-events';
import { renderHelp } from './daw-help';
import { actionFor, type DawAction } from './daw-keymap';
import { renderToolbar, type ToolbarAction } from './daw-toolbar';
import type { EditorContext } from './editor-context';
import { EditorCommands } from './editor-commands';
import { createPlaybackEngine } from './engine-factory';
import { LaneInteraction } from './lane-interaction';
import { paintLanes } from './lane-painter';
import { opsForDrop, parseDraggedSource, SOURCE_DRAG_TYPE, TRACK_COLORS } from './library-drop';
import { applyBatch } from './model/apply-op';
import { setClipProp, setFadeCurve, setWarp, splitAt } from './model/edits';
import { barBeatLabel, gridStep, snapTime, type SnapMode } from './model/grid';
import { inverseOf } from './model/inverse';
import { ProjectSync } from './model/project-sync';
import type { AppliedBatch, DawClip, DawOp, DawTrack, OpBatch, ProjectState } from './model/project-types';
import { orderAtEnd, orderForMove, sortedTracks } from './model/track-order';
import { UndoStack } from './model/undo-stack';
import { PeaksCache } from './peaks-cache';
import { RulerInteraction } from './ruler-interaction';
import { paintRuler } from './ruler-painter';
import { renderTrackHeaders, type TrackHeaderActions } from './track-headers';
import { fitCanvas } from '../shared/canvas';
import { emit } from '../shared/events';
import { formatTime } from '../shared/time';
import { ROW_HEIGHT, timeAt, xOf, zoomAround, zoomToSpan, type Viewport } from './timeline-view';

interface Layout {
  tracks: DawTrack[];
  clipsByTrack: Map<string, DawClip[]>;
  end: number;
}

const MAX_CONTENT_PX = 16_000_000;
const layouts = new WeakMap<ProjectState, Layout>();

function layoutOf(state: ProjectState): Layout {
  let layout = layouts.get(state);
  if (!layout) {
    const clipsByTrack = new Map<string, DawClip[]>(state.tracks.map((t) => [t.id, []]));
    for (const c of state.clips) clipsByTrack.get(c.trackId)?.push(c);
    for (const list of clipsByTrack.values()) list.sort((a, b) => a.position - b.position);
    const end = Math.max(0, ...state.clips.map((c) => c.position + c.length), ...state.markers.map((m) => m.position));
    layout = { tracks: sortedTracks(state.tracks), clipsByTrack, end: Math.max(end, state.loop?.end ?? 0) };
    layouts.set(state, layout);
  }
  return layout;
}

/**
 * The DAW's timeline editor: toolbar, ruler (bars/beats, markers, loop), track headers and lanes of clips drawn
 * on a canvas (only what is in view). Every gesture becomes one batch, applied here at once and sent to Java.
 *
 * Java calls: property `projectId`; `load(stateJson)` (the whole state, also after a resync),
 * `serverBatch(appliedJson)` (each batch the server applied, own ones included), `refused(batchId, reason)`.
 * Events: `sfa-daw-ops` `{batch}` (JSON of an OpBatch) and `sfa-daw-resync` `{seq}` (a gap in the server's batches).
 * Test hook: `debugState()`.
 */
@customElement('sfa-daw-editor')
export class SfaDawEditor extends LitElement implements EditorContext {
  static styles = dawEditorStyles;

  @property({ type: String }) projectId = '';

  @state() private sync: ProjectSync | null = null;
  @state() private previewOps: DawOp[] | null = null;
  @state() selection = new Set<string>();
  @state() private snapMode: SnapMode = 'beat';
  @state() private follow = true;
  @state() private helpOpen = false;
  @state() private menu: { clipId: string; x: number; y: number; t: number } | null = null;
  @state() private toast = '';
  @state() private pxPerSecond = 40;
  @state() private trackDrop: number | null = null;
  @state() private dropRow: number | null = null;

  @query('.scroller') private scroller?: HTMLDivElement;
  @query('.lanes-canvas') private lanesCanvas?: HTMLCanvasElement;
  @query('.ruler') private rulerCanvas?: HTMLCanvasElement;
  @query('.headers') private headers?: HTMLDivElement;

  private readonly undoStack = new UndoStack(200);
  private readonly peaks = new PeaksCache(
    () => this.projectId,
    () => this.requestDraw(),
  );
  private readonly lanes = new LaneInteraction(this);
  private readonly ruler = new RulerInteraction(this);
  private readonly commands = new EditorCommands(this, () => this.snapMode);
  private engine: PlaybackEngine | null = null;
  private engineState: ProjectState | null = null;
  private localPlayhead = 0;
  private frame = 0;
  private drawQueued = true;
  private resyncAsked = false;
  private toastTimer = 0;
  private previewCache: { base: ProjectState; ops: DawOp[]; shown: ProjectState } | null = null;
  private readonly resize = new ResizeObserver(() => this.requestDraw());

  constructor() {
    super();
    this.addEventListener('keydown', (e) => this.onKey(e));
  }

  connectedCallback() {
    super.connectedCallback();
    this.tabIndex = 0;
    this.frame = requestAnimationFrame(this.tick);
    if (this.sync) this.ensureEngine();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    this.engine?.dispose();
    this.engine = null;
    this.engineState = null;
  }

  // ---- Java's API -------------------------------------------------------------------------------------------

  /** The project's whole state (JSON), first and after each resync. */
  load(stateJson: string): void {
    const state = JSON.parse(stateJson) as ProjectState;
    this.resyncAsked = false;
    const first = !this.sync;
    if (this.sync) this.sync.reset(state);
    else this.sync = new ProjectSync(state, (seq) => this.askResync(seq));
    const ids = new Set(this.sync.visible.clips.map((c) => c.id));
    this.selection = new Set([...this.selection].filter((id) => ids.has(id)));
    this.ensureEngine();
    this.changed();
    if (first) void this.updateComplete.then(() => this.zoomFit());
  }

  /** A batch the server applied (JSON of an AppliedBatch). */
  serverBatch(appliedJson: string): void {
    this.sync?.receive(JSON.parse(appliedJson) as AppliedBatch);
    this.changed();
  }

  /** The server refused one of this screen's batches: it is rolled back and the reason shown. */
  refused(batchId: string, reason: string): void {
    this.sync?.refused(batchId);
    this.undoStack.forget(batchId);
    this.showToast(`Not saved: ${reason}`);
    this.changed();
  }

  /** For browser tests: the visible state, the selection and the view. */
  debugState() {
    return {
      state: this.state,
      selection: [...this.selection],
      pending: this.sync?.pending.map((b) => b.id) ?? [],
      playhead: this.playhead,
      pxPerSecond: this.pxPerSecond,
      scrollLeft: this.scroller?.scrollLeft ?? 0,
      scrollTop: this.scroller?.scrollTop ?? 0,
      snap: this.snapMode,
      follow: this.follow,
      canUndo: this.undoStack.canUndo,
      canRedo: this.undoStack.canRedo,
      helpOpen: this.helpOpen,
      toast: this.toast,
    };
  }

  // ---- EditorContext ----------------------------------------------------------------------------------------

  get state(): ProjectState {
    return this.sync?.visible as ProjectState;
  }

  /** The project as drawn: the visible state with a gesture's preview on top. */
  private get shown(): ProjectState {
    const base = this.state;
    const ops = this.previewOps;
    if (!ops) return base;
    if (this.previewCache?.base !== base || this.previewCache.ops !== ops) {
      let shown = base;
      try {
        shown = applyBatch(base, { id: 'preview', ops });
      } catch {
        // a preview the rules refuse shows the state as it is
      }
      this.previewCache = { base, ops, shown };
    }
    return this.previewCache.shown;
  }

  get tracks(): DawTrack[] {
    return layoutOf(this.state).tracks;
  }

  get clipsByTrack(): Map<string, DawClip[]> {
    return layoutOf(this.state).clipsByTrack;
  }

  get viewport(): Viewport {
    const s = this.scroller;
    return {
      pxPerSecond: this.pxPerSecond,
      scrollLeft: s?.scrollLeft ?? 0,
      scrollTop: s?.scrollTop ?? 0,
      width: s?.clientWidth ?? 0,
      height: s?.clientHeight ?? 0,
    };
  }

  get playhead(): number {
    return this.engine ? this.engine.position : this.localPlayhead;
  }

  seek(t: number): void {
    this.localPlayhead = Math.max(0, t);
    this.engine?.seek(this.localPlayhead);
  }

  snap(t: number, bypass: boolean): number {
    const s = this.state;
    return snapTime(t, bypass ? 0 : gridStep(this.snapMode, s.bpm, s.meter));
  }

  commit(ops: DawOp[]): boolean {
    const step = this.send(ops);
    if (step) this.undoStack.record(step);
    return !!step;
  }

  preview(ops: DawOp[] | null): void {
    this.previewOps = ops && ops.length ? ops : null;
    this.changed();
  }

  select(ids: Iterable<string>): void {
    this.selection = new Set(ids);
    this.requestDraw();
  }

  openClipMenu(clip: DawClip, x: number, y: number, t: number): void {
    if (!this.selection.has(clip.id)) this.select([clip.id]);
    this.menu = { clipId: clip.id, x, y, t };
  }

  setCursor(cursor: string): void {
    if (this.lanesCanvas) this.lanesCanvas.style.cursor = cursor;
    if (this.rulerCanvas) this.rulerCanvas.style.cursor = cursor;
  }

  requestDraw(): void {
    this.drawQueued = true;
  }

  newId(): string {
    return crypto.randomUUID();
  }

  // ---- batches, undo ----------------------------------------------------------------------------------------

  /** Applies and sends one batch; the undo step for it, or null when it was refused here (the reason is shown). */
  private send(ops: DawOp[]) {
    if (!ops.length || !this.sync) return null;
    const batch: OpBatch = { id: crypto.randomUUID(), ops };
    try {
      const undo = inverseOf(this.sync.visible, batch);
      this.sync.submit(batch);
      emit(this, 'sfa-daw-ops', { batch: JSON.stringify(batch) });
      this.changed();
      return { undo, redo: ops, batch: batch.id };
    } catch (e) {
      this.showToast((e as Error).message);
      this.changed();
      return null;
    }
  }

  private undo() {
    const step = this.undoStack.takeUndo();
    if (!step) return;
    const done = this.send(step.undo);
    if (done) this.undoStack.undone(done);
  }

  private redo() {
    const step = this.undoStack.takeRedo();
    if (!step) return;
    const done = this.send(step.undo);
    if (done) this.undoStack.redone(done);
  }

  private askResync(seq: number) {
    if (this.resyncAsked) return;
    this.resyncAsked = true;
    emit(this, 'sfa-daw-resync', { seq });
  }

  private ensureEngine() {
    if (!this.engine && this.projectId) this.engine = createPlaybackEngine(this.projectId);
  }

  /** After any change of what is shown: re-render, redraw, and give the engine the project it should play. */
  private changed() {
    this.requestUpdate();
    this.requestDraw();
    const shown = this.sync ? this.shown : null;
    if (this.engine && shown && shown !== this.engineState) {
      this.engine.setProject(shown);
      this.engineState = shown;
    }
  }

  private showToast(text: string) {
    this.toast = text;
    clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => (this.toast = ''), 5000);
  }

  // ---- keys and buttons -------------------------------------------------------------------------------------

  private onKey(e: KeyboardEvent) {
    const target = e.composedPath()[0] as HTMLElement | undefined;
    const typing = !!target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
    if (typing && e.key !== 'Escape') return;
    const action = actionFor(e);
    if (!action || !this.sync) return;
    e.preventDefault();
    this.run(action);
  }

  private run(action: DawAction) {
    const c = this.commands;
    const run: Record<DawAction, () => void> = {
      play: () => this.togglePlay(),
      home: () => this.seek(0),
      loop: () => c.toggleLoop(),
      marker: () => c.addMarker(),
      metronome: () => {
        if (this.engine) this.engine.metronome = !this.engine.metronome;
      },
      split: () => c.split(),
      duplicate: () => c.duplicate(),
      delete: () => c.remove(),
      copy: () => c.copy(),
      paste: () => c.paste(),
      'select-all': () => c.selectAll(),
      'nudge-left': () => c.nudge(-1, false),
      'nudge-right': () => c.nudge(1, false),
      'nudge-bar-left': () => c.nudge(-1, true),
      'nudge-bar-right': () => c.nudge(1, true),
      undo: () => this.undo(),
      redo: () => this.redo(),
      'zoom-in': () => this.zoomBy(1.5),
      'zoom-out': () => this.zoomBy(1 / 1.5),
      'zoom-fit': () => this.zoomFit(),
      'zoom-selection': () => {
        const span = c.selectionSpan();
        if (span) this.zoomTo(...span);
      },
      follow: () => (this.follow = !this.follow),
      help: () => (this.helpOpen = !this.helpOpen),
      escape: () => {
        if (this.helpOpen || this.menu) [this.helpOpen, this.menu] = [false, null];
        else this.select([]);
      },
    };
    run[action]();
    this.requestUpdate();
  }

  private togglePlay() {
    const engine = this.engine;
    if (!engine) return this.showToast('Playback is not available here');
    if (engine.playing) {
      engine.stop();
      this.localPlayhead = engine.position;
    } else {
      void engine.play(this.playhead).catch((e: Error) => this.showToast(`Cannot play: ${e.message}`));
    }
  }

  private onToolbar(a: ToolbarAction) {
    const s = this.state;
    const selected = s.clips.filter((c) => this.selection.has(c.id));
    const project = (prop: 'bpm' | 'meter', value: unknown): DawOp[] =>
      s[prop] === value ? [] : [{ op: 'set', kind: 'project', prop, value }];
    this.focus();
    switch (a.kind) {
      case 'action':
        return this.run(a.action);
      case 'snap':
        this.snapMode = a.snap;
        return;
      case 'bpm':
        this.commit(project('bpm', a.bpm));
        return;
      case 'meter':
        this.commit(project('meter', a.meter));
        return;
      case 'fade-curve':
        this.commit(setFadeCurve(selected, a.which, a.curve));
        return;
      case 'warp':
        this.commit(setWarp(s, selected, a.on));
        return;
      case 'add-track': {
        const n = s.tracks.length;
        const value = {
          name: `Track ${n + 1}`,
          color: TRACK_COLORS[n % TRACK_COLORS.length],
          order: orderAtEnd(s.tracks),
        };
        this.commit([{ op: 'add', kind: 'track', id: this.newId(), value }]);
      }
    }
  }

  private onClipMenu(a: ClipMenuAction) {
    const menu = this.menu;
    const clip = menu && this.state.clips.find((c) => c.id === menu.clipId);
    this.menu = null;
    if (!menu || !clip) return;
    const selected = this.state.clips.filter((c) => this.selection.has(c.id));
    switch (a.kind) {
      case 'rename':
        return void this.commit(setClipProp([clip], 'name', a.name));
      case 'color':
        return void this.commit(setClipProp(selected, 'color', a.color));
      case 'mute':
        return void this.commit(setClipProp(selected, 'mute', a.on));
      case 'warp':
        return void this.commit(setWarp(this.state, selected, a.on));
      case 'fadeInCurve':
      case 'fadeOutCurve':
        return void this.commit(setFadeCurve(selected, a.kind, a.curve));
      case 'split':
        return void this.commit(splitAt(this.state, [clip.id], menu.t, () => this.newId()));
      case 'duplicate':
        return this.commands.duplicate();
      case 'delete':
        return this.commands.remove();
    }
  }

  // ---- zoom and scroll --------------------------------------------------------------------------------------

  private setZoom(pxPerSecond: number, scrollLeft: number) {
    this.pxPerSecond = pxPerSecond;
    void this.updateComplete.then(() => {
      if (this.scroller) this.scroller.scrollLeft = scrollLeft;
      this.requestDraw();
    });
  }

  private zoomBy(factor: number, x = this.viewport.width / 2) {
    const z = zoomAround(this.viewport, factor, x);
    this.setZoom(z.pxPerSecond, z.scrollLeft);
  }

  private zoomTo(start: number, end: number) {
    const z = zoomToSpan(start, end, this.viewport.width || 800);
    this.setZoom(z.pxPerSecond, z.scrollLeft);
  }

  private zoomFit() {
    if (this.sync) this.zoomTo(0, Math.max(layoutOf(this.state).end, 8));
  }

  private onWheel(e: WheelEvent) {
    if (!(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    const box = this.scroller!.getBoundingClientRect();
    this.zoomBy(e.deltaY < 0 ? 1.2 : 1 / 1.2, e.clientX - box.left);
  }

  // ---- pointer, drop, headers -------------------------------------------------------------------------------

  private local(e: MouseEvent, el: Element | undefined): [number, number] {
    const box = el!.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  }

  private onLanePointer(e: PointerEvent) {
    const [x, y] = this.local(e, this.lanesCanvas);
    if (e.type === 'pointerdown') {
      this.focus();
      this.menu = null;
      this.lanesCanvas!.setPointerCapture(e.pointerId);
      this.lanes.down(e, x, y);
    } else if (e.type === 'pointermove') this.lanes.move(e, x, y);
    else if (e.type === 'pointerup') this.lanes.up(x);
    else this.lanes.cancel();
    this.requestDraw();
  }

  private onRulerPointer(e: PointerEvent) {
    const [x, y] = this.local(e, this.rulerCanvas);
    if (e.type === 'pointerdown') {
      this.focus();
      this.rulerCanvas!.setPointerCapture(e.pointerId);
      this.ruler.down(e, x, y);
    } else if (e.type === 'pointermove') this.ruler.move(e, x, y);
    else this.ruler.up();
  }

  private onContextMenu(e: MouseEvent) {
    e.preventDefault();
    const [x, y] = this.local(e, this.lanesCanvas);
    const hit = this.lanes.hitAt(x, y);
    const [hx, hy] = this.local(e, this);
    if (hit) this.openClipMenu(hit.clip, hx, hy, timeAt(this.viewport, x));
  }

  private dropTarget(e: DragEvent): { row: number; t: number } {
    const [x, y] = this.local(e, this.scroller);
    const v = this.viewport;
    const row = Math.min(this.tracks.length, Math.floor((y + v.scrollTop) / ROW_HEIGHT));
    return { row, t: this.snap(timeAt(v, x), e.altKey) };
  }

  private onDragOver(e: DragEvent) {
    if (!this.sync || !e.dataTransfer?.types.includes(SOURCE_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    const { row } = this.dropTarget(e);
    if (row !== this.dropRow) [this.dropRow, this.drawQueued] = [row, true];
  }

  private onDrop(e: DragEvent) {
    this.dropRow = null;
    this.requestDraw();
    const source = parseDraggedSource(e.dataTransfer?.getData(SOURCE_DRAG_TYPE) ?? '');
    if (!source || !this.sync) return;
    e.preventDefault();
    const { row, t } = this.dropTarget(e);
    const ops = opsForDrop(this.tracks, source, row, t, () => this.newId());
    if (this.commit(ops)) this.select([(ops[ops.length - 1] as { id: string }).id]);
  }

  private readonly headerActions: TrackHeaderActions = {
    set: (track, prop, value, final) => {
      if (final && prop !== 'name' && prop !== 'color') this.focus();
      const ops: DawOp[] = [{ op: 'set', kind: 'track', id: track.id, prop, value }];
      if (!final) return this.preview(ops);
      this.preview(null);
      const current = this.state.tracks.find((t) => t.id === track.id);
      if (current && current[prop] !== value) this.commit(ops);
    },
    remove: (track) => {
      this.focus();
      this.commit([{ op: 'delete', kind: 'track', id: track.id }]);
    },
    gripDown: (e, index) => {
      e.preventDefault();
      const grip = e.currentTarget as HTMLElement;
      grip.setPointerCapture(e.pointerId);
      const target = (ev: PointerEvent) => {
        const box = this.headers!.getBoundingClientRect();
        const y = ev.clientY - box.top + this.headers!.scrollTop;
        return Math.max(0, Math.min(this.tracks.length, Math.round(y / ROW_HEIGHT)));
      };
      const move = (ev: PointerEvent) => (this.trackDrop = target(ev));
      const up = (ev: PointerEvent) => {
        grip.removeEventListener('pointermove', move);
        grip.removeEventListener('pointerup', up);
        this.trackDrop = null;
        const to = target(ev);
        if (to === index || to === index + 1) return;
        const order = orderForMove(this.tracks, index, to);
        this.commit([{ op: 'set', kind: 'track', id: this.tracks[index].id, prop: 'order', value: order }]);
      };
      grip.addEventListener('pointermove', move);
      grip.addEventListener('pointerup', up);
    },
  };

  // ---- rendering and drawing --------------------------------------------------------------------------------

  render() {
    if (!this.sync) return html`<div class="loading">Loading the project…</div>`;
    const shown = this.shown;
    const layout = layoutOf(shown);
    const width = Math.min(MAX_CONTENT_PX, (Math.max(layout.end, 60) + 120) * this.pxPerSecond);
    const height = (layout.tracks.length + 2) * ROW_HEIGHT;
    const menuClip = this.menu && shown.clips.find((c) => c.id === this.menu?.clipId);
    return html`
      ${renderToolbar(
        {
          hasEngine: !!this.engine,
          playing: !!this.engine?.playing,
          loopOn: shown.loopOn,
          metronome: !!this.engine?.metronome,
          follow: this.follow,
          snap: this.snapMode,
          bpm: shown.bpm,
          meter: shown.meter,
          canUndo: this.undoStack.canUndo,
          canRedo: this.undoStack.canRedo,
          selected: this.selection.size,
        },
        (a) => this.onToolbar(a),
      )}
      <div class="grid">
        <div class="corner">${layout.tracks.length} tracks · ${shown.clips.length} clips</div>
        <div class="ruler-box">
          <canvas class="ruler" @pointerdown=${this.onRulerPointer} @pointermove=${this.onRulerPointer}
            @pointerup=${this.onRulerPointer} @pointercancel=${this.onRulerPointer}></canvas>
          <div class="ruler-playhead"></div>
        </div>
        <div class="headers">
          <div style="height:${height + 24}px">
            ${renderTrackHeaders(layout.tracks, this.headerActions, this.trackDrop)}
            <div class="drop-below">Drop a library track or stem here for a new track</div>
          </div>
        </div>
        <div class="lanes-box" @dragover=${this.onDragOver} @drop=${this.onDrop}
          @dragleave=${() => [(this.dropRow = null), this.requestDraw()]}>
          <div class="scroller" @scroll=${() => this.requestDraw()} @wheel=${this.onWheel}>
            <div style="width:${width}px;height:${height}px;min-width:100%;min-height:100%">
              <canvas class="lanes-canvas" @pointerdown=${this.onLanePointer} @pointermove=${this.onLanePointer}
                @pointerup=${this.onLanePointer} @pointercancel=${this.onLanePointer}
                @contextmenu=${this.onContextMenu}></canvas>
            </div>
          </div>
          <div class="playhead"></div>
        </div>
      </div>
      ${menuClip && this.menu ? renderClipMenu(menuClip, this.menu.x, this.menu.y, (a) => this.onClipMenu(a)) : nothing}
      ${this.helpOpen ? renderHelp(() => (this.helpOpen = false)) : nothing}
      ${this.toast ? html`<div class="toast" role="status">${this.toast}</div>` : nothing}
    `;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('projectId') && this.sync) {
      this.ensureEngine();
      this.changed();
    }
  }

  protected updated() {
    if (this.scroller) this.resize.observe(this.scroller);
    this.requestDraw();
  }

  private positionText(): string {
    const t = this.playhead;
    return this.sync ? `${barBeatLabel(t, this.state.bpm, this.state.meter)} · ${formatTime(t, true)}` : '';
  }

  /** Each animation frame: playhead, follow, meters, and a redraw when something changed. */
  private readonly tick = () => {
    this.frame = requestAnimationFrame(this.tick);
    if (!this.sync || !this.scroller) return;
    const v = this.viewport;
    const t = this.playhead;
    const engine = this.engine;
    if (engine?.playing && this.follow) {
      const x = xOf(v, t);
      if (x < 0 || x > v.width * 0.9) {
        this.scroller.scrollLeft = Math.max(0, t * v.pxPerSecond - v.width * 0.1);
        this.drawQueued = true;
      }
    }
    if (this.drawQueued) this.draw();
    const x = xOf(this.viewport, t);
    const visible = x >= 0 && x <= v.width ? 'visible' : 'hidden';
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('.playhead, .ruler-playhead')) {
      el.style.transform = `translateX(${x}px)`;
      el.style.visibility = visible;
    }
    const position = this.renderRoot.querySelector('.position');
    if (position) position.textContent = this.positionText();
    if (engine) this.paintMeters(engine);
  };

  private paintMeters(engine: PlaybackEngine) {
    const levels = engine.levels();
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-meter]')) {
      const db = levels.get(el.dataset.meter ?? '')?.peakDb ?? -Infinity;
      el.style.width = `${Math.max(0, Math.min(100, ((db + 60) / 60) * 100))}%`;
    }
  }

  private draw() {
    this.drawQueued = false;
    const canvas = this.lanesCanvas;
    const v = this.viewport;
    if (!canvas || !this.rulerCanvas || !v.width) return;
    canvas.style.width = `${v.width}px`;
    canvas.style.height = `${v.height}px`;
    const shown = this.shown;
    const layout = layoutOf(shown);
    const lanes = fitCanvas(canvas);
    if (lanes) {
      lanes.g.setTransform(lanes.ratio, 0, 0, lanes.ratio, 0, 0);
      paintLanes(lanes.g, v, shown, layout.tracks, layout.clipsByTrack, this.peaks, {
        selection: this.selection,
        rubberBand: this.lanes.rubberBand,
        dropRow: this.dropRow,
      });
    }
    const ruler = fitCanvas(this.rulerCanvas);
    if (ruler) {
      ruler.g.setTransform(ruler.ratio, 0, 0, ruler.ratio, 0, 0);
      paintRuler(ruler.g, { ...v, width: ruler.width / ruler.ratio }, shown);
    }
    if (this.headers) this.headers.scrollTop = v.scrollTop;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-daw-editor': SfaDawEditor;
  }
}
