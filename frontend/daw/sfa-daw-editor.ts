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
import { EditSession } from './edit-session';
import { EditorCommands } from './editor-commands';
import { layoutOf } from './editor-layout';
import { createPlaybackEngine } from './engine-factory';
import { LaneInteraction } from './lane-interaction';
import { clipBox } from './lane-painter';
import { opsForDrop, parseDraggedSource, SOURCE_DRAG_TYPE } from './library-drop';
import { applyBatch } from './model/apply-op';
import { gridStep, snapTime, type SnapMode } from './model/grid';
import type { AppliedBatch, DawClip, DawOp, DawTrack, OpBatch, ProjectState } from './model/project-types';
import { PeaksCache } from './peaks-cache';
import { RulerInteraction } from './ruler-interaction';
import { TrackHeaderController } from './track-header-controller';
import { renderTrackHeaders } from './track-headers';
import { emit } from '../shared/events';
import { TimelineFrame } from './timeline-frame';
import { ROW_HEIGHT, timeAt, zoomAround, zoomToSpan, type Viewport } from './timeline-view';

const MAX_CONTENT_PX = 16_000_000;

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

  @property({ type: String, attribute: 'project-id' }) projectId = '';

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

  private readonly session = new EditSession({
    send: (batch) => emit(this, 'sfa-daw-ops', { batch: JSON.stringify(batch) }),
    resync: (seq) => emit(this, 'sfa-daw-resync', { seq }),
    refusedHere: (reason) => this.showToast(reason),
  });
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
  private toastTimer = 0;
  private previewCache: { base: ProjectState; ops: DawOp[]; shown: ProjectState } | null = null;
  private readonly resize = new ResizeObserver(() => this.requestDraw());
  private readonly frame = new TimelineFrame(
    () => ({
      root: this.renderRoot,
      scroller: this.scroller,
      lanes: this.lanesCanvas,
      ruler: this.rulerCanvas,
      headers: this.headers,
      viewport: this.viewport,
      shown: this.session.loaded ? this.shown : null,
      playhead: this.playhead,
      engine: this.engine,
      follow: this.follow,
      overlay: { selection: this.selection, rubberBand: this.lanes.rubberBand, dropRow: this.dropRow },
    }),
    this.peaks,
    () => this.requestUpdate(),
  );

  constructor() {
    super();
    this.addEventListener('keydown', (e) => this.onKey(e));
  }

  connectedCallback() {
    super.connectedCallback();
    this.tabIndex = 0;
    this.frame.start();
    if (this.session.loaded) {
      this.ensureEngine();
      this.changed();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.frame.stop();
    this.resize.disconnect();
    this.engine?.dispose();
    this.engine = null;
    this.engineState = null;
  }

  // ---- Java's API -------------------------------------------------------------------------------------------

  /** The project's whole state (JSON), first and after each resync. */
  load(stateJson: string): void {
    const first = !this.session.loaded;
    this.session.load(JSON.parse(stateJson) as ProjectState);
    const ids = new Set(this.state.clips.map((c) => c.id));
    this.selection = new Set([...this.selection].filter((id) => ids.has(id)));
    this.ensureEngine();
    this.changed();
    if (first) void this.updateComplete.then(() => this.zoomFit());
  }

  /** A batch the server applied (JSON of an AppliedBatch). */
  serverBatch(appliedJson: string): void {
    this.session.receive(JSON.parse(appliedJson) as AppliedBatch);
    this.changed();
  }

  /** The server refused one of this screen's batches: it is rolled back and the reason shown. */
  refused(batchId: string, reason: string): void {
    this.session.refused(batchId);
    this.showToast(`Not saved: ${reason}`);
    this.changed();
  }

  /** For browser tests: the visible state, the selection and the view. */
  debugState() {
    return {
      state: this.state,
      selection: [...this.selection],
      pending: this.session.pending.map((b) => b.id),
      playhead: this.playhead,
      pxPerSecond: this.pxPerSecond,
      scrollLeft: this.scroller?.scrollLeft ?? 0,
      scrollTop: this.scroller?.scrollTop ?? 0,
      snap: this.snapMode,
      follow: this.follow,
      canUndo: this.session.canUndo,
      canRedo: this.session.canRedo,
      helpOpen: this.helpOpen,
      toast: this.toast,
      playing: this.engine?.playing ?? false,
      scheduled: this.engine?.scheduled() ?? [],
    };
  }

  /** Test hook: where a clip is drawn, in client pixels, or null when it is not in the project. */
  clipRect(clipId: string): { left: number; right: number; top: number; bottom: number } | null {
    const clip = this.state.clips.find((c) => c.id === clipId);
    const canvas = this.lanesCanvas;
    if (!clip || !canvas) return null;
    const row = this.tracks.findIndex((t) => t.id === clip.trackId);
    const box = clipBox(this.viewport, clip, row);
    const r = canvas.getBoundingClientRect();
    return { left: r.left + box.left, right: r.left + box.right, top: r.top + box.top, bottom: r.top + box.bottom };
  }

  // ---- EditorContext ----------------------------------------------------------------------------------------

  get state(): ProjectState {
    return this.session.visible;
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
    const done = this.session.commit(ops);
    this.changed();
    return done;
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
    this.frame.requestDraw();
  }

  newId(): string {
    return crypto.randomUUID();
  }

  private ensureEngine() {
    if (!this.engine && this.projectId && this.session.loaded) {
      this.engine = createPlaybackEngine(this.projectId, this.state.sampleRate);
    }
  }

  /** After any change of what is shown: re-render, redraw, and give the engine the project it should play. */
  private changed() {
    this.requestUpdate();
    this.requestDraw();
    const shown = this.session.loaded ? this.shown : null;
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
    if (!action || !this.session.loaded) return;
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
      undo: () => this.session.undo(),
      redo: () => this.session.redo(),
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
    this.changed();
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
    this.focus();
    const c = this.commands;
    switch (a.kind) {
      case 'action':
        return this.run(a.action);
      case 'snap':
        return void (this.snapMode = a.snap);
      case 'bpm':
        return c.setTempo('bpm', a.bpm);
      case 'meter':
        return c.setTempo('meter', a.meter);
      case 'fade-curve':
        return c.fadeCurve(a.which, a.curve);
      case 'warp':
        return c.warp(a.on);
      case 'add-track':
        return c.addTrack();
    }
  }

  private onClipMenu(a: ClipMenuAction) {
    const menu = this.menu;
    const clip = menu && this.state.clips.find((c) => c.id === menu.clipId);
    this.menu = null;
    if (menu && clip) this.commands.clipMenu(a, clip, menu.t);
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
    if (this.session.loaded) this.zoomTo(0, Math.max(layoutOf(this.state).end, 8));
  }

  /** The headers do not scroll themselves (they follow the lanes): the wheel over them scrolls the lanes. */
  private onHeadersWheel(e: WheelEvent) {
    if (!this.scroller) return;
    e.preventDefault();
    this.scroller.scrollTop += e.deltaY;
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
    const [mx, my] = [Math.min(hx, this.clientWidth - 240), Math.min(hy, this.clientHeight - 280)];
    if (hit) this.openClipMenu(hit.clip, Math.max(0, mx), Math.max(0, my), timeAt(this.viewport, x));
  }

  private dropTarget(e: DragEvent): { row: number; t: number } {
    const [x, y] = this.local(e, this.scroller);
    const v = this.viewport;
    const row = Math.min(this.tracks.length, Math.floor((y + v.scrollTop) / ROW_HEIGHT));
    return { row, t: this.snap(timeAt(v, x), e.altKey) };
  }

  private onDragOver(e: DragEvent) {
    if (!this.session.loaded || !e.dataTransfer?.types.includes(SOURCE_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    const { row } = this.dropTarget(e);
    if (row !== this.dropRow) {
      this.dropRow = row;
      this.requestDraw();
    }
  }

  private onDrop(e: DragEvent) {
    this.dropRow = null;
    this.requestDraw();
    const source = parseDraggedSource(e.dataTransfer?.getData(SOURCE_DRAG_TYPE) ?? '');
    if (!source || !this.session.loaded) return;
    e.preventDefault();
    const { row, t } = this.dropTarget(e);
    const ops = opsForDrop(this.tracks, source, row, t, () => this.newId());
    if (this.commit(ops)) this.select([(ops[ops.length - 1] as { id: string }).id]);
  }

  private readonly headerActions = new TrackHeaderController(
    this,
    () => this.headers,
    (index) => (this.trackDrop = index),
  );

  // ---- rendering and drawing --------------------------------------------------------------------------------

  render() {
    if (!this.session.loaded) return html`<div class="loading">Loading the project…</div>`;
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
          canUndo: this.session.canUndo,
          canRedo: this.session.canRedo,
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
        <div class="headers" @wheel=${this.onHeadersWheel}>
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
    if (changed.has('projectId') && this.session.loaded) {
      this.ensureEngine();
      this.changed();
    }
  }

  protected updated() {
    if (this.scroller) this.resize.observe(this.scroller);
    this.requestDraw();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-daw-editor': SfaDawEditor;
  }
}
