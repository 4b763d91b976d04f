import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { FADE_CURVES } from './clip-menu';
import type { DawAction } from './daw-keymap';
import type { EditorModel } from './editor-model';
import { dbAtFader, dbLabel, FADER_STEPS, faderAtDb } from './fader-scale';
import { SNAP_MODES, type SnapMode } from './model/grid';
import type { FadeCurve, Meter, ProjectSettings } from './model/project-types';

type SampleRate = ProjectSettings['sampleRate'];

export interface ToolbarModel {
  hasEngine: boolean;
  playing: boolean;
  loopOn: boolean;
  metronome: boolean;
  follow: boolean;
  snap: SnapMode;
  bpm: number;
  meter: Meter;
  sampleRate: SampleRate;
  masterDb: number;
  canUndo: boolean;
  canRedo: boolean;
  selected: number;
  /** A viewer's toolbar: the project's settings and the edits are shown but disabled. */
  readOnly: boolean;
}

/** The toolbar's model from the editor's: the project as shown, the engine, the undo history, the selection. */
export function toolbarModelOf(m: EditorModel, follow: boolean): ToolbarModel {
  const shown = m.shown;
  const engine = m.transport.engine;
  return {
    hasEngine: !!engine,
    playing: !!engine?.playing,
    loopOn: shown.loopOn,
    metronome: !!engine?.metronome,
    follow,
    snap: m.snapMode,
    bpm: shown.bpm,
    meter: shown.meter,
    sampleRate: shown.sampleRate,
    masterDb: shown.masterDb,
    canUndo: m.session.canUndo,
    canRedo: m.session.canRedo,
    selected: m.selection.size,
    readOnly: m.readOnly,
  };
}

export type ToolbarAction =
  | { kind: 'action'; action: DawAction }
  | { kind: 'add-track' }
  | { kind: 'snap'; snap: SnapMode }
  | { kind: 'bpm'; bpm: number }
  | { kind: 'meter'; meter: Meter }
  | { kind: 'sample-rate'; rate: SampleRate }
  /** `final` false: the fader is still moving (a preview, no batch yet). */
  | { kind: 'master-db'; db: number; final: boolean }
  | { kind: 'fade-curve'; which: 'fadeInCurve' | 'fadeOutCurve'; curve: FadeCurve }
  | { kind: 'warp'; on: boolean };

const SNAP_LABELS: Record<SnapMode, string> = {
  bar: 'Bar',
  beat: 'Beat',
  '1/2': '½ beat',
  '1/4': '¼ beat',
  '1/8': '⅛ beat',
  '1/16': '1/16 beat',
  off: 'Off',
};

/** The master fader (dB on a taper, see fader-scale) with its value and level; a double-click resets it to 0 dB. */
function renderMaster(db: number, readOnly: boolean, act: (a: ToolbarAction) => void) {
  const at = (e: Event) => dbAtFader(Number((e.target as HTMLInputElement).value) / FADER_STEPS);
  return html`<label class="master" title="Master volume (double-click: 0 dB)">Master
    <input class="master-volume" type="range" min="0" max=${FADER_STEPS} step="1" ?disabled=${readOnly}
      .value=${String(Math.round(faderAtDb(db) * FADER_STEPS))}
      @input=${(e: Event) => act({ kind: 'master-db', db: at(e), final: false })}
      @change=${(e: Event) => act({ kind: 'master-db', db: at(e), final: true })}
      @dblclick=${() => act({ kind: 'master-db', db: 0, final: true })} />
    <output class="master-db">${dbLabel(db)}</output>
    <span class="level"><span data-meter="master"></span></span>
  </label>`;
}

/**
 * Transport, snap, zoom, tempo, meter and sample rate, undo/redo, the selection's fade curves and warp, master;
 * read-only, "View only" and every control that edits disabled (playback, snap, zoom and follow stay).
 */
export function renderToolbar(m: ToolbarModel, act: (a: ToolbarAction) => void) {
  const ro = m.readOnly;
  const button = (action: DawAction, label: string, title: string, on = false, disabled = false) =>
    html`<button class="${action} ${on ? 'on' : ''}" title=${title} ?disabled=${disabled}
      @click=${() => act({ kind: 'action', action })}>${label}</button>`;
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const curveSelect = (which: 'fadeInCurve' | 'fadeOutCurve', label: string) =>
    html`<select class=${which} title=${`${label} curve of the selection`} ?disabled=${ro || !m.selected}
      @change=${(e: Event) => {
        if (value(e)) act({ kind: 'fade-curve', which, curve: value(e) as FadeCurve });
        (e.target as HTMLSelectElement).value = '';
      }}>
      <option value="">${label}…</option>
      ${FADE_CURVES.map((c) => html`<option value=${c}>${c}</option>`)}
    </select>`;
  return html`
    <div class="toolbar">
      ${button('home', '⇤', 'To the start (Home)')}
      ${button('play', m.playing ? '■' : '▶', m.hasEngine ? 'Play / stop (Space)' : 'No audio engine', m.playing, !m.hasEngine)}
      ${ro ? html`<span class="view-only" title="You can play this project but not change it">View only</span>` : nothing}
      ${button('loop', '⟳', 'Loop on / off (L)', m.loopOn, ro)}
      ${button('metronome', '♩', 'Metronome (K)', m.metronome, !m.hasEngine)}
      ${button('follow', '⇥', 'Follow the playhead (F)', m.follow)}
      <span class="position" title="Playhead (bar.beat, time); the editor writes it each frame"></span>
      <label>BPM <input class="bpm" type="number" min="20" max="999" step="0.01" .value=${String(m.bpm)} ?disabled=${ro}
        @change=${(e: Event) => act({ kind: 'bpm', bpm: Number(value(e)) })} /></label>
      <select class="meter" title="Meter" ?disabled=${ro} @change=${(e: Event) => act({ kind: 'meter', meter: value(e) as Meter })}>
        ${(['4/4', '3/4', '6/8'] as Meter[]).map((x) => html`<option ?selected=${x === m.meter}>${x}</option>`)}
      </select>
      <select class="sample-rate" title="Sample rate of playback and export" ?disabled=${ro} .value=${live(String(m.sampleRate))}
        @change=${(e: Event) => act({ kind: 'sample-rate', rate: Number(value(e)) as SampleRate })}>
        <option value="44100">44.1 kHz</option>
        <option value="48000">48 kHz</option>
      </select>
      <label>Snap <select class="snap" @change=${(e: Event) => act({ kind: 'snap', snap: value(e) as SnapMode })}>
        ${SNAP_MODES.map((s) => html`<option value=${s} ?selected=${s === m.snap}>${SNAP_LABELS[s]}</option>`)}
      </select></label>
      ${button('zoom-out', '−', 'Zoom out (−, Ctrl+wheel)')} ${button('zoom-in', '+', 'Zoom in (+, Ctrl+wheel)')}
      ${button('zoom-fit', 'Fit', 'Zoom to fit (0)')} ${button('zoom-selection', 'Sel', 'Zoom to selection (Z)', false, !m.selected)}
      ${button('undo', '↶', 'Undo (Ctrl+Z)', false, ro || !m.canUndo)}
      ${button('redo', '↷', 'Redo (Ctrl+Shift+Z)', false, ro || !m.canRedo)}
      ${button('split', '✂', 'Split at the playhead (S)', false, ro || !m.selected)}
      ${curveSelect('fadeInCurve', 'Fade in')} ${curveSelect('fadeOutCurve', 'Fade out')}
      <button class="warp" title="Warp the selection to the project tempo" ?disabled=${ro || !m.selected}
        @click=${() => act({ kind: 'warp', on: true })}>Warp</button>
      <button class="unwarp" title="Play the selection at its own tempo" ?disabled=${ro || !m.selected}
        @click=${() => act({ kind: 'warp', on: false })}>Unwarp</button>
      <button class="add-track" ?disabled=${ro} @click=${() => act({ kind: 'add-track' })}>+ Track</button>
      ${renderMaster(m.masterDb, ro, act)}
      ${button('help', '?', 'Shortcuts (?)')}
    </div>
  `;
}
