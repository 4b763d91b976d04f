import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { bindingFor, DEFAULT_KEYS, isTyping, type KeyBinding } from './keymap';
import { MidiLearn, type MidiMapping, routeMidi } from './midi-map';
import { parseJson } from './deck-types';
import { emit } from '../shared/events';

interface Actionable extends HTMLElement {
  handleAction(action: string, pressed: boolean, value?: number, shift?: boolean): void;
}

/**
 * Keyboard shortcuts and Web MIDI (with MIDI learn) for the decks and mixer on the page. Both act on the components
 * directly, in the same frame, through their `handleAction` (so they fire the components' usual events).
 * Targets: `deck<n>.<action>` → the `<sfa-deck>` whose `deck` is n; `mixer.<action>` → the first `<sfa-mixer>`.
 *
 * Properties: `midiMappings` (JSON array of MidiMapping, see midi-map.ts), `keyboard` (default true).
 * Methods: `handleMidiMessage(bytes)` (what a MIDI input calls; also for tests).
 * Events: `sfa-midi-mappings-change` {mappings} when learning adds a mapping or the user clears them.
 * Keys are ignored while the user types in text fields; `?` toggles the help overlay. Parts: `help`.
 */
@customElement('sfa-dj-controls')
export class SfaDjControls extends LitElement {
  static styles = css`
    :host { display: block; font: 12px system-ui, sans-serif; color: #e2e8f0; }
    .bar { display: flex; gap: 8px; align-items: center; }
    button { font: inherit; color: inherit; background: #1f2937; border: 1px solid #374151; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
    button[aria-pressed='true'] { background: #f59e0b; color: #0b1020; }
    .help { position: fixed; inset: 10% 20%; overflow: auto; background: #0b1020ee; border: 1px solid #374151;
      border-radius: 8px; padding: 12px; z-index: 1000; columns: 2; }
    .help div { break-inside: avoid; }
    kbd { background: #1f2937; border-radius: 3px; padding: 0 4px; }
  `;

  @property({ type: String }) midiMappings = '';
  @property({ type: Boolean }) keyboard = true;
  @state() private helpOpen = false;
  @state() private midiStatus = 'Web MIDI: checking…';
  @state() private learnPhase: 'idle' | 'control' | 'target' = 'idle';
  bindings: KeyBinding[] = DEFAULT_KEYS;
  private mappings: MidiMapping[] = [];
  private readonly learn = new MidiLearn();
  private readonly held = new Map<string, KeyBinding>();

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('keyup', this.onKeyUp);
    window.addEventListener('pointerdown', this.onLearnClick, { capture: true });
    void this.openMidi();
  }

  disconnectedCallback() {
    window.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('keyup', this.onKeyUp);
    window.removeEventListener('pointerdown', this.onLearnClick, { capture: true });
    super.disconnectedCallback();
  }

  protected willUpdate(changed: Map<string, unknown>) {
    if (changed.has('midiMappings')) this.mappings = parseJson<MidiMapping[]>(this.midiMappings, []);
  }

  render() {
    const learnLabel = {
      idle: 'MIDI learn',
      control: 'Move a controller knob/button…',
      target: 'Now click a deck or mixer control',
    };
    return html`<div class="bar">
        <span id="midi-status">${this.midiStatus}</span>
        <button id="learn" aria-pressed=${this.learnPhase !== 'idle' ? 'true' : 'false'} @click=${this.toggleLearn}>
          ${learnLabel[this.learnPhase]}</button>
        <span>${this.mappings.length} mapping(s)</span>
        <button id="clear" @click=${this.clearMappings}>Clear</button>
        <button id="help-button" @click=${() => (this.helpOpen = !this.helpOpen)}>? Shortcuts</button>
      </div>
      ${
        this.helpOpen
          ? html`<div class="help" part="help" id="help" @click=${() => (this.helpOpen = false)}>
        ${this.bindings
          .filter((b) => !b.alt || b.code === 'Digit1')
          .map(
            (b) => html`<div>
          <kbd>${b.alt ? 'Alt+' : ''}${b.shift ? 'Shift+' : ''}${keyName(b.code)}</kbd> ${b.label}</div>`,
          )}
        <div><kbd>Shift</kbd> + hot cue pad click: delete hot cue</div></div>`
          : ''
      }`;
  }

  /** Routes one raw MIDI message (learn first, then mappings). */
  handleMidiMessage(bytes: ArrayLike<number>): void {
    if (this.learn.onMidi(bytes)) {
      this.learnPhase = this.learn.phase;
      return;
    }
    for (const a of routeMidi(this.mappings, bytes)) this.dispatchTarget(a.target, a.pressed, a.value);
  }

  private async openMidi() {
    const nav = navigator as Navigator & { requestMIDIAccess?: () => Promise<MIDIAccess> };
    if (!nav.requestMIDIAccess) {
      this.midiStatus = 'Web MIDI is not available in this browser (keyboard shortcuts still work)';
      return;
    }
    try {
      const access = await nav.requestMIDIAccess();
      const attach = () => {
        access.inputs.forEach(
          (input) => (input.onmidimessage = (e: MIDIMessageEvent) => e.data && this.handleMidiMessage(e.data)),
        );
        this.midiStatus = `Web MIDI: ${access.inputs.size} input(s)`;
      };
      access.onstatechange = attach;
      attach();
    } catch (err) {
      this.midiStatus = `Web MIDI unavailable: ${(err as Error).message || 'permission denied'}`;
    }
  }

  private toggleLearn() {
    if (this.learn.phase === 'idle') this.learn.start();
    else this.learn.stop();
    this.learnPhase = this.learn.phase;
  }

  private clearMappings() {
    this.mappings = [];
    this.fireMappings();
  }

  private fireMappings() {
    this.requestUpdate();
    emit(this, 'sfa-midi-mappings-change', { mappings: this.mappings });
  }

  /** While learning, a click on a control with `data-midi-target` picks it as the target instead of acting. */
  private onLearnClick = (e: PointerEvent) => {
    if (this.learn.phase !== 'target') return;
    const el = e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && !!n.dataset.midiTarget);
    if (!el) return;
    e.preventDefault();
    e.stopPropagation();
    const input = el as HTMLInputElement;
    const range = el.tagName === 'INPUT' && input.type === 'range';
    const next = this.learn.chooseTarget(
      this.mappings,
      el.dataset.midiTarget!,
      range ? 'range' : 'button',
      range ? Number(input.min) : 0,
      range ? Number(input.max) : 1,
    );
    if (next) {
      this.mappings = next;
      this.fireMappings();
    }
    this.learnPhase = this.learn.phase;
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (!this.keyboard || isTyping(e.composedPath()) || e.ctrlKey || e.metaKey) return;
    const b =
      e.key === '?'
        ? bindingFor(this.bindings, 'Slash', true, false)
        : bindingFor(this.bindings, e.code, e.shiftKey, e.altKey);
    if (!b || (e.repeat && !b.repeat)) return;
    e.preventDefault();
    if (b.target === 'help') {
      this.helpOpen = !this.helpOpen;
      return;
    }
    if (b.hold) this.held.set(e.code, b);
    this.dispatchTarget(b.target, true, b.value ?? 0);
  };

  private onKeyUp = (e: KeyboardEvent) => {
    const b = this.held.get(e.code);
    if (!b) return;
    this.held.delete(e.code);
    this.dispatchTarget(b.target, false, b.value ?? 0);
  };

  private dispatchTarget(target: string, pressed: boolean, value: number) {
    const dot = target.indexOf('.');
    const scope = target.slice(0, dot);
    const action = target.slice(dot + 1);
    let el: Actionable | null = null;
    if (scope === 'mixer') el = document.querySelector('sfa-mixer') as Actionable | null;
    else if (scope.startsWith('deck')) {
      const n = Number(scope.slice(4));
      el =
        ([...document.querySelectorAll('sfa-deck')] as (Actionable & { deck: number })[]).find((d) => d.deck === n) ??
        null;
    }
    el?.handleAction(action, pressed, value);
  }
}

function keyName(code: string): string {
  return code
    .replace(/^Key|^Digit/, '')
    .replace('Slash', '?')
    .replace('Arrow', '');
}

declare global {
  interface HTMLElementTagNameMap {
    'sfa-dj-controls': SfaDjControls;
  }
}
