import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import './sfa-dj-controls';

/**
 * Optional layout for a DJ console: Java adds the `<sfa-deck>` and `<sfa-mixer>` elements as light-DOM children
 * (`slot="left"` for decks 0 and 2, `slot="right"` for decks 1 and 3, `slot="mixer"`), so it keeps setting their
 * properties directly; the console lays them out and adds keyboard shortcuts and MIDI (<sfa-dj-controls>, in "dj"
 * mode only). The children's events bubble and are composed, so Java can listen on the children or on the console.
 *
 * Properties: `mode` ("dj"|"spectator"), `midiMappings` (JSON, passed to the controls).
 * Events: `sfa-midi-mappings-change` {mappings} (from the controls). Parts: `controls`.
 */
@customElement('sfa-dj-console')
export class SfaDjConsole extends LitElement {
  static styles = css`
    :host { display: block; }
    .grid { display: grid; grid-template-columns: 1fr minmax(260px, 340px) 1fr; gap: 8px; align-items: start; }
    .col { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
  `;

  @property({ type: String, reflect: true }) mode: 'dj' | 'spectator' = 'dj';
  @property({ type: String }) midiMappings = '';

  render() {
    return html`
      ${this.mode === 'dj' ? html`<sfa-dj-controls part="controls" .midiMappings=${this.midiMappings}></sfa-dj-controls>` : ''}
      <div class="grid">
        <div class="col"><slot name="left"></slot></div>
        <div class="col"><slot name="mixer"></slot></div>
        <div class="col"><slot name="right"></slot></div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-dj-console': SfaDjConsole;
  }
}
