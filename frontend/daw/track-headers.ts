import { html } from 'lit';
import type { DawTrack } from './model/project-types';
import { dbLabel } from './fader-scale';
import { SILENCE_DB } from './model/apply-op';

/** What the track headers ask of the editor. `final` false = a fader still moving (preview only, no batch yet). */
export interface TrackHeaderActions {
  set(
    track: DawTrack,
    prop: 'name' | 'color' | 'volumeDb' | 'pan' | 'mute' | 'solo',
    value: unknown,
    final: boolean,
  ): void;
  remove(track: DawTrack): void;
  gripDown(e: PointerEvent, index: number): void;
}

const panLabel = (pan: number) =>
  Math.abs(pan) < 0.005 ? 'C' : `${pan < 0 ? 'L' : 'R'}${Math.round(Math.abs(pan) * 100)}`;
const num = (e: Event) => Number((e.target as HTMLInputElement).value);
const text = (e: Event) => (e.target as HTMLInputElement).value;

/**
 * One header per track, in the lanes' order and height: grip (drag to reorder), colour, name, mute, solo, delete,
 * volume fader (dB), pan, and a level meter the editor fills each frame (`[data-meter=<track id>]`).
 */
export function renderTrackHeaders(
  tracks: readonly DawTrack[],
  on: TrackHeaderActions,
  dropIndex: number | null,
  readOnly = false,
) {
  const ro = readOnly;
  const rows = tracks.map(
    (t, i) => html`
      <div class="track ${dropIndex === i ? 'drop-before' : ''}" data-track=${t.id} style="--track-color:${t.color}">
        <div class="track-row">
          <span class="grip" title="Drag to reorder" @pointerdown=${(e: PointerEvent) => ro || on.gripDown(e, i)}>⋮⋮</span>
          <input class="color" type="color" .value=${t.color} title="Track colour" ?disabled=${ro}
            @change=${(e: Event) => on.set(t, 'color', text(e), true)} />
          <input class="name" .value=${t.name} maxlength="100" aria-label="Track name" ?readonly=${ro}
            @change=${(e: Event) => (text(e).trim() ? on.set(t, 'name', text(e).trim(), true) : ((e.target as HTMLInputElement).value = t.name))} />
          <button class="mute ${t.mute ? 'on' : ''}" title="Mute" ?disabled=${ro} @click=${() => on.set(t, 'mute', !t.mute, true)}>M</button>
          <button class="solo ${t.solo ? 'on' : ''}" title="Solo" ?disabled=${ro} @click=${() => on.set(t, 'solo', !t.solo, true)}>S</button>
          <button class="remove" title="Delete track" ?disabled=${ro} @click=${() => on.remove(t)}>✕</button>
        </div>
        <label class="fader">Vol
          <input class="volume" type="range" min=${SILENCE_DB} max="6" step="0.5" .value=${String(t.volumeDb)} ?disabled=${ro}
            @input=${(e: Event) => on.set(t, 'volumeDb', num(e), false)}
            @change=${(e: Event) => on.set(t, 'volumeDb', num(e), true)} />
          <output>${dbLabel(t.volumeDb)}</output>
        </label>
        <label class="fader">Pan
          <input class="pan" type="range" min="-1" max="1" step="0.01" .value=${String(t.pan)} ?disabled=${ro}
            @input=${(e: Event) => on.set(t, 'pan', num(e), false)}
            @change=${(e: Event) => on.set(t, 'pan', num(e), true)}
            @dblclick=${() => on.set(t, 'pan', 0, true)} />
          <output>${panLabel(t.pan)}</output>
        </label>
        <div class="level"><div data-meter=${t.id}></div></div>
      </div>
    `,
  );
  return dropIndex === tracks.length ? [...rows, html`<div class="drop-end"></div>`] : rows;
}
