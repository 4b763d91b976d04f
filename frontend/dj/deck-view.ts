import { css, html, nothing, type TemplateResult } from 'lit';
import { STEMS } from './audio/deck-player';
import type { DeckController } from './deck-controller';
import { formatTime } from '../shared/time';
import { type GridEditor, SHIFT_SIZES } from '../shared/grid-edit';

/** Styles and control templates of <sfa-deck> (kept apart so the element stays small). */
export const deckStyles = css`
  :host { display: block; color: #e2e8f0; background: #111827; border-radius: 8px; padding: 8px; font: 13px system-ui, sans-serif; }
  .head { display: flex; gap: 10px; align-items: baseline; }
  .id { font-weight: 700; color: #38bdf8; }
  .title { flex: 1; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  .artist { color: #94a3b8; }
  .num { font-variant-numeric: tabular-nums; }
  img { width: 40px; height: 40px; object-fit: cover; border-radius: 4px; }
  .row { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 6px; }
  button { font: inherit; color: inherit; background: #1f2937; border: 1px solid #374151; border-radius: 4px;
    padding: 4px 8px; cursor: pointer; touch-action: none; user-select: none; }
  button[aria-pressed='true'] { background: #0ea5e9; color: #0b1020; }
  button.big { min-width: 56px; padding: 8px 12px; font-weight: 700; }
  .pad { width: 36px; height: 28px; }
  :host([mode='spectator']) button, :host([mode='spectator']) input, :host([mode='spectator']) select { pointer-events: none; opacity: 0.6; }
  .scroll { position: relative; margin-top: 6px; }
  .zoom { position: absolute; right: 2px; top: 2px; display: flex; gap: 2px; }
  .zoom button { padding: 0 6px; }
  input[type='range'] { accent-color: #38bdf8; }
  .drop { outline: 2px dashed #38bdf8; }
  .error { color: #f87171; }
  .edited { font-size: 10px; color: #0b1020; background: #fbbf24; border-radius: 3px; padding: 0 4px; }
`;

const pressed = (on: boolean) => (on ? 'true' : 'false');

/** Buttons carry `data-action` (handled by the deck) and `data-midi-target` (MIDI learn). */
export function transportRow(c: DeckController, deck: number): TemplateResult {
  const b = (action: string, label: string, on = false, cls = '') =>
    html`<button class=${cls} id=${action} data-action=${action} data-midi-target=${`deck${deck}.${action}`}
      aria-pressed=${pressed(on)}>${label}</button>`;
  return html`<div class="row">
    ${b('cue', 'CUE', false, 'big')} ${b('play', c.playing ? 'PAUSE' : 'PLAY', c.playing, 'big')}
    ${b('sync', 'SYNC', c.syncOn)} ${b('quantize', 'Q', c.s.quantize)} ${b('keylock', 'KEY', c.s.keyLock)}
    ${b('nudge-down', '◀')} ${b('nudge-up', '▶')}
  </div>`;
}

export function padsRow(c: DeckController, deck: number, deleteMode: boolean): TemplateResult {
  const pads = [0, 1, 2, 3, 4, 5, 6, 7].map((slot) => {
    const cue = c.s.hotCues.find((h) => h.slot === slot);
    return html`<button class="pad" id=${`hotcue-${slot}`} data-action=${`hotcue-${slot}`}
      data-midi-target=${`deck${deck}.hotcue-${slot}`} style=${cue ? `background:${cue.color};color:#0b1020` : ''}
      title=${cue ? `${cue.label || 'Hot cue'} ${formatTime(cue.time, true)}` : 'Set hot cue'}>${slot + 1}</button>`;
  });
  return html`<div class="row">${pads}
    <button id="delete-mode" data-action="delete-mode" aria-pressed=${pressed(deleteMode)} title="Delete hot cues (or hold Shift)">DEL</button>
  </div>`;
}

export function loopRow(c: DeckController, deck: number, loopBeats: number): TemplateResult {
  const b = (action: string, label: string) =>
    html`<button id=${action} data-action=${action} data-midi-target=${`deck${deck}.${action}`}>${label}</button>`;
  const sizes = [0.125, 0.25, 0.5, 1, 2, 4, 8, 16, 32];
  const label = (n: number) => (n < 1 ? `1/${1 / n}` : `${n}`);
  return html`<div class="row">
    ${b('loop-in', 'IN')} ${b('loop-out', 'OUT')} ${b('loop-exit', 'EXIT')} ${b('loop-halve', '½')} ${b('loop-double', '×2')}
    <select id="loop-size" data-action="loop-size" title="Beat loop size">
      ${sizes.map((n) => html`<option value=${n} ?selected=${n === loopBeats}>${label(n)}</option>`)}
    </select>
    <button id="loop-beat" data-action="loop-beat" data-midi-target=${`deck${deck}.loop-beat`}
      aria-pressed=${pressed(!!c.s.loop?.active)}>LOOP</button>
    ${[0.25, 0.5, 1, 2].map((n) => b(`roll-${n}`, `⟲${label(n)}`))}
  </div>`;
}

export function tempoRow(c: DeckController, deck: number): TemplateResult {
  const s = c.s;
  return html`<div class="row">
    <select id="tempo-range" data-action="tempo-range" title="Tempo range">
      ${[8, 16, 50].map((r) => html`<option value=${r} ?selected=${r === s.tempoRange}>±${r}%</option>`)}
    </select>
    <input id="tempo" type="range" min="-1" max="1" step="0.0005" .value=${String(s.tempoPercent / s.tempoRange)}
      data-action="tempo" data-midi-target=${`deck${deck}.tempo`} style="flex:1" />
    <span class="num">${s.tempoPercent >= 0 ? '+' : ''}${s.tempoPercent.toFixed(2)}%</span>
    <button id="tempo-reset" data-action="tempo-reset">0</button>
  </div>`;
}

export function stemsRow(c: DeckController, deck: number, hasStems: boolean): TemplateResult | typeof nothing {
  if (!hasStems) return nothing;
  return html`<div class="row">${STEMS.map((n) => {
    const st = c.s.stems[n];
    return html`<span>${n}
      <button id=${`stem-mute-${n}`} data-action=${`stem-mute-${n}`} data-midi-target=${`deck${deck}.stem-mute-${n}`}
        aria-pressed=${pressed(st.muted)}>M</button>
      <button id=${`stem-solo-${n}`} data-action=${`stem-solo-${n}`} aria-pressed=${pressed(st.solo)}>S</button>
      <input id=${`stem-volume-${n}`} type="range" min="0" max="1" step="0.01" .value=${String(st.volume)}
        data-action=${`stem-volume-${n}`} data-midi-target=${`deck${deck}.stem-volume-${n}`} style="width:60px" />
    </span>`;
  })}</div>`;
}

/** Beat-grid edits of the loaded track: metrical level, tap tempo, shift, downbeat at the playhead, reset. */
export function gridRow(grid: GridEditor, deck: number, edited: boolean): TemplateResult {
  const b = (verb: string, label: string, title: string) =>
    html`<button id=${`grid-${verb}`} data-action=${`grid-${verb}`} data-midi-target=${`deck${deck}.grid-${verb}`}
      title=${title}>${label}</button>`;
  const tapping = grid.tapping;
  const fraction = (n: number) => (n < 1 ? `1/${1 / n}` : '1');
  return html`<div class="row" title="Beat grid (saved with the track)">
    ${b('halve', '÷2', 'Halve the BPM')} ${b('double', '×2', 'Double the BPM')}
    ${b('two_thirds', '×2/3', 'BPM × 2/3')} ${b('three_halves', '×3/2', 'BPM × 3/2')}
    <button id="grid-tap" data-action="grid-tap" data-midi-target=${`deck${deck}.grid-tap`} title="Tap the tempo"
      aria-pressed=${pressed(tapping !== null)}>${tapping === null ? 'TAP' : tapping ? tapping.toFixed(1) : 'TAP…'}</button>
    ${b('earlier', '◁ grid', 'Shift the grid earlier')}
    <select id="grid-shift-size" data-action="grid-shift-size" title="Grid shift (beats)">
      ${SHIFT_SIZES.map((n) => html`<option value=${n} ?selected=${n === grid.shiftBeats}>${fraction(n)}</option>`)}
    </select>
    ${b('later', 'grid ▷', 'Shift the grid later')} ${b('downbeat', 'DOWNBEAT', 'Set the downbeat at the playhead')}
    ${edited ? html`${b('reset', 'RESET', 'Back to the analysed grid')} <span class="edited">edited</span>` : ''}
  </div>`;
}
