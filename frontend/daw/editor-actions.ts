import type { ClipMenuAction } from './clip-menu';
import { actionFor, type DawAction } from './daw-keymap';
import type { ToolbarAction } from './daw-toolbar';
import type { EditorModel } from './editor-model';
import type { TimelineZoom } from './timeline-zoom';

/** Where the clip menu is open: the clip, the menu's place in the editor, and the time right-clicked. */
export interface ClipMenuAt {
  clipId: string;
  x: number;
  y: number;
  t: number;
}

/** The editor element's view settings the actions change (each change re-renders it), and its focus. */
export interface ActionHost {
  follow: boolean;
  helpOpen: boolean;
  menu: ClipMenuAt | null;
  focus(): void;
}

/** The action a key press asks for, or null: keys typed into a field stay there (apart from Escape). */
export function keyAction(e: KeyboardEvent): DawAction | null {
  const target = e.composedPath()[0] as HTMLElement | undefined;
  const typing = !!target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
  return typing && e.key !== 'Escape' ? null : actionFor(e);
}

/** What the keys, the toolbar and the clip menu do. */
export class EditorActions {
  constructor(
    private readonly host: ActionHost,
    private readonly model: EditorModel,
    private readonly zoom: TimelineZoom,
  ) {}

  readonly onKey = (e: KeyboardEvent) => {
    const action = keyAction(e);
    if (!action || !this.model.loaded) return;
    e.preventDefault();
    this.run(action);
  };

  run(action: DawAction) {
    const h = this.host;
    const m = this.model;
    const { session, commands: c, transport } = m;
    const zoom = this.zoom;
    const run: Record<DawAction, () => void> = {
      play: () => transport.togglePlay(),
      home: () => m.seek(0),
      loop: () => c.toggleLoop(),
      marker: () => c.addMarker(),
      metronome: () => transport.toggleMetronome(),
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
      undo: () => session.undo(),
      redo: () => session.redo(),
      'zoom-in': () => zoom.by(1.5),
      'zoom-out': () => zoom.by(1 / 1.5),
      'zoom-fit': () => zoom.fit(),
      'zoom-selection': () => {
        const span = c.selectionSpan();
        if (span) zoom.to(...span);
      },
      follow: () => (h.follow = !h.follow),
      help: () => (h.helpOpen = !h.helpOpen),
      escape: () => {
        if (h.helpOpen || h.menu) [h.helpOpen, h.menu] = [false, null];
        else m.select([]);
      },
    };
    run[action]();
    m.changed();
  }

  readonly onToolbar = (a: ToolbarAction) => {
    if (a.kind !== 'master-db' || a.final) this.host.focus();
    const c = this.model.commands;
    switch (a.kind) {
      case 'action':
        return this.run(a.action);
      case 'snap':
        this.model.snapMode = a.snap;
        return this.model.changed();
      case 'bpm':
        return c.setProject('bpm', a.bpm);
      case 'meter':
        return c.setProject('meter', a.meter);
      case 'sample-rate':
        return c.setProject('sampleRate', a.rate);
      case 'master-db':
        return c.masterDb(a.db, a.final);
      case 'fade-curve':
        return c.fadeCurve(a.which, a.curve);
      case 'warp':
        return c.warp(a.on);
      case 'add-track':
        return c.addTrack();
    }
  };

  readonly onClipMenu = (a: ClipMenuAction) => {
    const h = this.host;
    const menu = h.menu;
    const clip = menu && this.model.state.clips.find((c) => c.id === menu.clipId);
    h.menu = null;
    if (menu && clip) this.model.commands.clipMenu(a, clip, menu.t);
  };
}
