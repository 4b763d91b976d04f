import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { renderClipMenu } from './clip-menu';
import { dawEditorStyles } from './daw-editor-styles';
import './daw-events';
import { renderHelp } from './daw-help';
import { renderToolbar, toolbarModelOf } from './daw-toolbar';
import { EditorActions, type ClipMenuAt } from './editor-actions';
import { layoutOf } from './editor-layout';
import { EditorModel, type EditorView } from './editor-model';
import { EditorToast } from './editor-toast';
import { createPlaybackEngine } from './engine-factory';
import { LaneInteraction } from './lane-interaction';
import { clipBox } from './lane-painter';
import { LibraryDropTarget } from './library-drop-target';
import { LiveLayer } from './live/live-layer';
import type { Me, PresenceEntries } from './live/live-types';
import { renderPeopleBar } from './live/people-bar';
import { MarkerRename } from './marker-rename';
import type { AppliedBatch, DawClip, ProjectState } from './model/project-types';
import { PeaksCache } from './peaks-cache';
import { RulerInteraction } from './ruler-interaction';
import { TimelineFrame } from './timeline-frame';
import { renderTimelineGrid } from './timeline-grid';
import { TimelinePointers } from './timeline-pointers';
import type { Viewport } from './timeline-view';
import { TimelineZoom } from './timeline-zoom';
import { TrackHeaderController } from './track-header-controller';
import { fitCanvas } from '../shared/canvas';
import { emit } from '../shared/events';

/**
 * The DAW's timeline editor: toolbar, ruler (bars/beats, markers, loop), track headers and lanes of clips drawn
 * on a canvas (only what is in view). Every gesture becomes one batch, applied here at once and sent to Java.
 * The element is the view: the project, selection and playback are in EditorModel, the gestures, actions, zoom
 * and drawing in their own classes.
 *
 * Java calls: properties `projectId` and `readOnly`; `load(stateJson)` (the whole state, also after a resync),
 * `serverBatch(appliedJson)` (each batch the server applied, own ones included), `refused(batchId, reason)`,
 * `serverSeq(seq)` (every few seconds, so a lost batch is noticed, and an element Vaadin made again after a
 * resynchronization, which has nothing, asks for everything with seq -1);
 * `startLive(meJson, presenceJson)` and `liveMessage(event, json)` for the others in the project (live/).
 * Events: `sfa-daw-ops` `{batch}` (JSON of an OpBatch), `sfa-daw-resync` `{seq}` (a gap in the server's batches,
 * or the server is further than this page) and the live layer's `sfa-daw-cursor`, `sfa-daw-presence`, `sfa-daw-preview`.
 * Test hooks: `debugState()`, `clipRect(clipId)`.
 */
@customElement('sfa-daw-editor')
export class SfaDawEditor extends LitElement implements EditorView {
  static styles = dawEditorStyles;

  @property({ type: String, attribute: 'project-id' }) projectId = '';
  /** Set by Java for a viewer: no gesture changes the project; playback, seeking, zoom and selection still work. */
  @property({ type: Boolean, attribute: 'read-only', reflect: true }) readOnly = false;

  @state() follow = true;
  @state() helpOpen = false;
  @state() menu: ClipMenuAt | null = null;
  @state() private trackDrop: number | null = null;

  @query('.scroller') private scroller?: HTMLDivElement;
  @query('.lanes-canvas') private lanesCanvas?: HTMLCanvasElement;
  @query('.ruler') private rulerCanvas?: HTMLCanvasElement;
  @query('.headers') private headers?: HTMLDivElement;
  @query('.peers-canvas') private peersCanvas?: HTMLCanvasElement;

  private readonly model = new EditorModel(
    this,
    {
      send: (batch) => emit(this, 'sfa-daw-ops', { batch: JSON.stringify(batch) }),
      resync: (seq) => emit(this, 'sfa-daw-resync', { seq }),
    },
    createPlaybackEngine,
  );
  private readonly zoom = new TimelineZoom(
    this,
    () => this.scroller,
    () => (this.model.loaded ? layoutOf(this.model.state).end : null),
  );
  private readonly actions = new EditorActions(this, this.model, this.zoom);
  private readonly lanes = new LaneInteraction(this.model);
  private readonly live = new LiveLayer(
    {
      viewport: () => this.viewport,
      tracks: () => (this.model.loaded ? this.model.tracks : []),
      transport: this.model.transport,
      showView: (view) => this.zoom.show(view.start, view.end),
      changed: () => this.model.changed(),
      showToast: (text) => this.showToast(text),
    },
    {
      cursor: (detail) => emit(this, 'sfa-daw-cursor', detail),
      presence: (detail) => emit(this, 'sfa-daw-presence', detail),
      preview: (detail) => emit(this, 'sfa-daw-preview', detail),
    },
  );
  private readonly markerRename = new MarkerRename(this.model, this, (message) => this.showToast(message));
  private readonly pointers = new TimelinePointers(
    this.model,
    this,
    this.lanes,
    new RulerInteraction(this.model),
    () => (this.menu = null),
    (marker) => this.markerRename.open(marker),
    (x, y) => this.live.hover(x, y),
  );
  private readonly drop = new LibraryDropTarget(this.model, () => this.scroller);
  private readonly headerActions = new TrackHeaderController(
    this.model,
    () => this.headers,
    (index) => (this.trackDrop = index),
  );
  private readonly peaks = new PeaksCache(
    () => this.projectId,
    () => this.requestDraw(),
  );
  private readonly frame = new TimelineFrame(
    () => ({
      root: this.renderRoot,
      scroller: this.scroller,
      lanes: this.lanesCanvas,
      ruler: this.rulerCanvas,
      headers: this.headers,
      viewport: this.viewport,
      shown: this.model.loaded ? this.model.shown : null,
      playhead: this.model.playhead,
      engine: this.model.transport.engine,
      follow: this.follow,
      overlay: { selection: this.model.selection, rubberBand: this.lanes.rubberBand, dropRow: this.drop.row },
    }),
    this.peaks,
    () => this.requestUpdate(),
    () => this.liveFrame(),
  );
  private readonly resize = new ResizeObserver(() => this.requestDraw());
  private readonly toast = new EditorToast(this);

  constructor() {
    super();
    this.model.live = this.live;
    this.addEventListener('keydown', this.actions.onKey);
  }

  connectedCallback() {
    super.connectedCallback();
    this.tabIndex = 0;
    this.frame.start();
    if (this.model.loaded) this.model.attach();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.frame.stop();
    this.resize.disconnect();
    this.model.detach();
  }

  // ---- Java's API -------------------------------------------------------------------------------------------

  /** The project's whole state (JSON), first and after each resync. */
  load(stateJson: string): void {
    const first = !this.model.loaded;
    this.model.load(JSON.parse(stateJson) as ProjectState);
    if (first) void this.updateComplete.then(() => this.zoom.fit());
  }

  /** A batch the server applied (JSON of an AppliedBatch). */
  serverBatch(appliedJson: string): void {
    const applied = JSON.parse(appliedJson) as AppliedBatch;
    this.model.receive(applied);
    const note = this.lanes.endIfDeleted(applied);
    if (note) this.showToast(note);
  }

  /**
   * The server's latest sequence number, sent every few seconds: a page whose connection lost batches (a push
   * message that never arrived) learns it here and asks for them.
   */
  serverSeq(seq: number): void {
    if (this.model.loaded) this.model.session.heard(seq);
    else emit(this, 'sfa-daw-resync', { seq: -1 });
  }

  /** This screen in the project's presence (`{screen, name, color}`) and the presence it joined (`presence_state`). */
  startLive(meJson: string, presenceJson: string): void {
    this.live.start(JSON.parse(meJson) as Me, JSON.parse(presenceJson) as PresenceEntries);
  }

  /** Another screen's `presence_diff`, `cursor` or `preview` on the project's topic. */
  liveMessage(event: string, json: string): void {
    this.live.message(event, JSON.parse(json));
  }

  /** The server refused one of this screen's batches: it is rolled back and the reason shown. */
  refused(batchId: string, reason: string): void {
    this.model.refused(batchId);
    this.showToast(`Not saved: ${reason}`);
  }

  /** For browser tests: the visible state, the selection, the view and the engine (its context's rate). */
  debugState() {
    const m = this.model;
    const engine = m.transport.engine;
    return {
      state: m.loaded ? m.state : null,
      shownClips: m.loaded ? m.shown.clips.map((c) => ({ id: c.id, trackId: c.trackId, position: c.position })) : [],
      selection: [...m.selection],
      pending: m.session.pending.map((b) => b.id),
      playhead: m.playhead,
      pxPerSecond: this.zoom.pxPerSecond,
      scrollLeft: this.scroller?.scrollLeft ?? 0,
      scrollTop: this.scroller?.scrollTop ?? 0,
      snap: m.snapMode,
      follow: this.follow,
      canUndo: m.session.canUndo,
      canRedo: m.session.canRedo,
      helpOpen: this.helpOpen,
      toast: this.toast.text,
      playing: engine?.playing ?? false,
      loading: engine?.loading ?? false,
      scheduled: engine?.scheduled() ?? [],
      engineRate: engine?.sampleRate ?? null,
      readOnly: m.readOnly,
      live: {
        people: this.live.others.people().map((p) => ({ name: p.name, color: p.color, screens: p.screens.length })),
        others: this.live.others.others(),
        following: this.live.follower.leader,
      },
    };
  }

  /** Test hook: where a clip is drawn, in client pixels, or null when it is not in the project. */
  clipRect(clipId: string): { left: number; right: number; top: number; bottom: number } | null {
    const clip = this.model.state.clips.find((c) => c.id === clipId);
    const canvas = this.lanesCanvas;
    if (!clip || !canvas) return null;
    const row = this.model.tracks.findIndex((t) => t.id === clip.trackId);
    const box = clipBox(this.viewport, clip, row);
    const r = canvas.getBoundingClientRect();
    return { left: r.left + box.left, right: r.left + box.right, top: r.top + box.top, bottom: r.top + box.bottom };
  }

  // ---- EditorView -------------------------------------------------------------------------------------------

  get viewport(): Viewport {
    const s = this.scroller;
    return {
      pxPerSecond: this.zoom.pxPerSecond,
      scrollLeft: s?.scrollLeft ?? 0,
      scrollTop: s?.scrollTop ?? 0,
      width: s?.clientWidth ?? 0,
      height: s?.clientHeight ?? 0,
    };
  }

  openClipMenu(clip: DawClip, x: number, y: number, t: number): void {
    this.menu = { clipId: clip.id, x, y, t };
  }

  setCursor(cursor: string): void {
    if (this.lanesCanvas) this.lanesCanvas.style.cursor = cursor;
    if (this.rulerCanvas) this.rulerCanvas.style.cursor = cursor;
  }

  requestDraw(): void {
    this.frame.requestDraw();
  }

  /** Each frame: the live layer sends what changed here and draws the others over the lanes. */
  private liveFrame() {
    if (!this.model.loaded) return;
    const canvas = this.peersCanvas;
    const v = this.viewport;
    let g: CanvasRenderingContext2D | null = null;
    if (canvas && v.width) {
      if (canvas.style.width !== `${v.width}px`) canvas.style.width = `${v.width}px`;
      if (canvas.style.height !== `${v.height}px`) canvas.style.height = `${v.height}px`;
      const fit = fitCanvas(canvas);
      if (fit) {
        fit.g.setTransform(fit.ratio, 0, 0, fit.ratio, 0, 0);
        g = fit.g;
      }
    }
    this.live.frame(g, this.model.shown, this.model.transport);
  }

  showToast(text: string): void {
    this.toast.show(text);
  }

  /** Follows a person's view and playback (null stops); the click unlocks audio for playing along. */
  private followPerson(name: string | null) {
    this.live.follow(name);
    this.showToast(name ? `Following ${name}` : 'No longer following');
  }

  // ---- rendering --------------------------------------------------------------------------------------------

  render() {
    const m = this.model;
    if (!m.loaded) return html`<div class="loading">Loading the project…</div>`;
    const shown = m.shown;
    const menuClip = this.menu && shown.clips.find((c) => c.id === this.menu?.clipId);
    return html`
      ${renderToolbar(toolbarModelOf(m, this.follow), this.actions.onToolbar)}
      ${renderPeopleBar(this.live.peopleBar(), (name) => this.followPerson(name))}
      ${renderTimelineGrid({
        shown,
        zoom: this.zoom,
        pointers: this.pointers,
        drop: this.drop,
        markerRename: this.markerRename,
        headers: this.headerActions,
        trackDrop: this.trackDrop,
        readOnly: m.readOnly,
        requestDraw: () => this.requestDraw(),
      })}
      ${menuClip && this.menu ? renderClipMenu(menuClip, this.menu.x, this.menu.y, this.actions.onClipMenu) : nothing}
      ${this.helpOpen ? renderHelp(() => (this.helpOpen = false)) : nothing}
      ${this.toast.render()}
    `;
  }

  protected willUpdate(changed: PropertyValues<this>) {
    if (changed.has('readOnly')) {
      this.model.readOnly = this.readOnly;
      if (this.readOnly) this.menu = null;
    }
    if (changed.has('projectId') && this.model.loaded) this.model.attach();
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
