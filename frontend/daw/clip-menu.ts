import { html } from 'lit';
import type { DawClip, FadeCurve } from './model/project-types';

export const FADE_CURVES: FadeCurve[] = ['linear', 'exponential', 'logarithmic', 'scurve'];

export type ClipMenuAction =
  | { kind: 'rename'; name: string }
  | { kind: 'color'; color: string }
  | { kind: 'fadeInCurve' | 'fadeOutCurve'; curve: FadeCurve }
  | { kind: 'warp' | 'mute'; on: boolean }
  | { kind: 'split' | 'duplicate' | 'delete' | 'close' };

/** The right-click menu of a clip (it acts on the selection, which holds the clip). */
export function renderClipMenu(clip: DawClip, x: number, y: number, act: (a: ClipMenuAction) => void) {
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const curves = (selected: FadeCurve) =>
    FADE_CURVES.map((c) => html`<option value=${c} ?selected=${c === selected}>${c}</option>`);
  return html`
    <div class="menu" style="left:${x}px;top:${y}px" @pointerdown=${(e: Event) => e.stopPropagation()}
      @keydown=${(e: KeyboardEvent) => e.stopPropagation()}>
      <label>Name <input class="clip-name" .value=${clip.name} maxlength="100"
        @change=${(e: Event) => value(e).trim() && act({ kind: 'rename', name: value(e).trim() })} /></label>
      <label>Colour <input type="color" .value=${clip.color} @change=${(e: Event) => act({ kind: 'color', color: value(e) })} /></label>
      <label>Fade in <select class="fade-in-curve"
        @change=${(e: Event) => act({ kind: 'fadeInCurve', curve: value(e) as FadeCurve })}>${curves(clip.fadeInCurve)}</select></label>
      <label>Fade out <select class="fade-out-curve"
        @change=${(e: Event) => act({ kind: 'fadeOutCurve', curve: value(e) as FadeCurve })}>${curves(clip.fadeOutCurve)}</select></label>
      <label title=${clip.source.bpm === null ? 'The source has no tempo' : 'Follow the project tempo'}>
        <input type="checkbox" class="warp" .checked=${clip.warp} ?disabled=${clip.source.bpm === null}
          @change=${(e: Event) => act({ kind: 'warp', on: (e.target as HTMLInputElement).checked })} /> Warp</label>
      <label><input type="checkbox" class="clip-mute" .checked=${clip.mute}
        @change=${(e: Event) => act({ kind: 'mute', on: (e.target as HTMLInputElement).checked })} /> Mute</label>
      <button @click=${() => act({ kind: 'split' })}>Split here</button>
      <button @click=${() => act({ kind: 'duplicate' })}>Duplicate</button>
      <button @click=${() => act({ kind: 'delete' })}>Delete</button>
      <button @click=${() => act({ kind: 'close' })}>Close</button>
    </div>
  `;
}
