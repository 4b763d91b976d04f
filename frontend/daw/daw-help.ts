import { html } from 'lit';
import { DAW_KEYS, DAW_MOUSE_HELP } from './daw-keymap';

/** The overlay `?` opens: every shortcut and mouse gesture. */
export function renderHelp(close: () => void) {
  return html`
    <div class="help-overlay" role="dialog" aria-label="Shortcuts" @click=${close}>
      <div class="help-box" @click=${(e: Event) => e.stopPropagation()}>
        <h3>Keyboard</h3>
        <table>
          ${DAW_KEYS.map((k) => html`<tr><th>${k.shown}</th><td>${k.label}</td></tr>`)}
        </table>
        <h3>Mouse</h3>
        <table>
          ${DAW_MOUSE_HELP.map(([what, does]) => html`<tr><th>${what}</th><td>${does}</td></tr>`)}
        </table>
        <button @click=${close}>Close</button>
      </div>
    </div>
  `;
}
