import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../shared/events';
import { GridEditor, SHIFT_SIZES } from '../shared/grid-edit';
import './analysis-events';

/** What the page's player offers: `<sfa-track-player>` has it. */
interface Playhead {
  currentPosition: number;
}

/**
 * The track page's beat-grid editor: ÷2, ×2, ×2/3, ×3/2, tap tempo, shift the grid by a fraction of a beat, set the
 * downbeat at the page player's playhead, and reset to the analysed grid.
 *
 * Properties (set by Java): `bpm` (effective), `bpmSource` ("analysed"|"edited"), `analysedBpm`, `player` (CSS
 * selector of the element whose `currentPosition` is the playhead; default the page's `sfa-track-player`).
 * Events (analysis-events.ts; user input only): `sfa-tempo-edit` `{ action, value }`.
 * Parts: `bpm`.
 */
@customElement('sfa-tempo-editor')
export class SfaTempoEditor extends LitElement {
  static styles = css`
    :host { display: flex; flex-wrap: wrap; align-items: center; gap: var(--lumo-space-xs, 4px);
      font: var(--lumo-font-size-s, 14px) var(--lumo-font-family, sans-serif); }
    button, select { font: inherit; padding: 2px 8px; border-radius: 4px; cursor: pointer;
      border: 1px solid var(--lumo-contrast-30pct, #bbb); background: var(--lumo-contrast-5pct, #f4f4f4); }
    button[aria-pressed='true'] { background: var(--lumo-primary-color, #1676f3); color: #fff; }
    .bpm { font-weight: 600; font-variant-numeric: tabular-nums; margin-right: 8px; }
    .edited { color: var(--lumo-primary-text-color, #1676f3); font-size: var(--lumo-font-size-xs, 12px); }
  `;

  @property({ type: Number }) bpm = 0;
  @property({ type: String }) bpmSource = '';
  @property({ type: Number }) analysedBpm = 0;
  @property({ type: String }) player = 'sfa-track-player';

  private readonly editor = new GridEditor(
    (edit) => emit(this, 'sfa-tempo-edit', edit),
    () => this.requestUpdate(),
  );

  render() {
    const edited = this.bpmSource === 'edited';
    const tapping = this.editor.tapping;
    const b = (verb: string, label: string, title: string) =>
      html`<button id=${`tempo-${verb}`} title=${title} @click=${() => this.press(verb)}>${label}</button>`;
    return html`
      <span class="bpm" part="bpm" id="tempo-bpm">${this.bpm ? `${this.bpm.toFixed(2)} BPM` : 'No tempo'}</span>
      ${
        edited
          ? html`<span class="edited" id="tempo-edited">edited · analysed ${this.analysedBpm ? this.analysedBpm.toFixed(2) : '—'}</span>`
          : ''
      }
      ${b('halve', '÷2', 'Halve the BPM')} ${b('double', '×2', 'Double the BPM')}
      ${b('two_thirds', '×2/3', 'BPM × 2/3')} ${b('three_halves', '×3/2', 'BPM × 3/2')}
      <button id="tempo-tap" title="Tap the tempo (at least three taps)" aria-pressed=${tapping !== null ? 'true' : 'false'}
        @click=${() => this.press('tap')}>${tapping === null ? 'Tap' : tapping ? tapping.toFixed(1) : 'Tap…'}</button>
      ${b('earlier', '◁ Grid', 'Shift the grid earlier')}
      <select id="tempo-shift-size" title="Grid shift (beats)"
        @change=${(e: Event) => this.press('shift-size', Number((e.target as HTMLSelectElement).value))}>
        ${SHIFT_SIZES.map((n) => html`<option value=${n} ?selected=${n === this.editor.shiftBeats}>${n < 1 ? `1/${1 / n}` : '1'} beat</option>`)}
      </select>
      ${b('later', 'Grid ▷', 'Shift the grid later')}
      ${b('downbeat', 'Set downbeat here', "Make the player's playhead a downbeat")}
      ${edited ? b('reset', 'Reset to analysed', 'Back to the analysed grid') : ''}
    `;
  }

  private press(verb: string, value = 0) {
    const playhead = (document.querySelector(this.player) as unknown as Playhead | null)?.currentPosition ?? 0;
    this.editor.press(verb, playhead, value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-tempo-editor': SfaTempoEditor;
  }
}
