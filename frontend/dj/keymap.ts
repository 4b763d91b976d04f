/**
 * Default keyboard shortcuts (pure data + lookup). Keys are `KeyboardEvent.code` values (layout independent).
 * Targets use the MIDI target names: `deck<n>.<action>` (see SfaDeck.handleAction) and `mixer.<action>`
 * (see SfaMixer.handleAction). `hold` bindings send a release on keyup (cue, nudge, loop roll).
 */
export interface KeyBinding {
  code: string;
  shift?: boolean;
  alt?: boolean;
  target: string;
  value?: number;
  hold?: boolean;
  repeat?: boolean;
  label: string;
}

const hotCues = (deck: number, shift: boolean): KeyBinding[] =>
  [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => [
    { code: `Digit${n}`, shift, target: `deck${deck}.hotcue-${n - 1}`, label: `Deck ${'AB'[deck]} hot cue ${n}` },
    {
      code: `Digit${n}`,
      shift,
      alt: true,
      target: `deck${deck}.hotcue-delete-${n - 1}`,
      label: `Deck ${'AB'[deck]} delete hot cue ${n}`,
    },
  ]);

export const DEFAULT_KEYS: KeyBinding[] = [
  { code: 'KeyZ', target: 'deck0.play', label: 'Deck A play/pause' },
  { code: 'KeyX', target: 'deck0.cue', hold: true, label: 'Deck A cue (hold to preview)' },
  { code: 'KeyQ', target: 'deck0.nudge-down', hold: true, label: 'Deck A nudge slower' },
  { code: 'KeyW', target: 'deck0.nudge-up', hold: true, label: 'Deck A nudge faster' },
  { code: 'KeyE', target: 'deck0.tempo-step', value: -0.1, repeat: true, label: 'Deck A tempo −0.1 %' },
  { code: 'KeyR', target: 'deck0.tempo-step', value: 0.1, repeat: true, label: 'Deck A tempo +0.1 %' },
  { code: 'KeyA', target: 'deck0.sync', label: 'Deck A sync' },
  { code: 'KeyS', target: 'deck0.loop-beat', label: 'Deck A beat loop on/off' },
  { code: 'KeyD', target: 'deck0.loop-halve', label: 'Deck A loop ½' },
  { code: 'KeyF', target: 'deck0.loop-double', label: 'Deck A loop ×2' },
  { code: 'KeyC', target: 'deck0.roll-1', hold: true, label: 'Deck A 1-beat loop roll (hold)' },
  { code: 'KeyV', target: 'deck0.keylock', label: 'Deck A key lock' },
  { code: 'KeyM', target: 'deck1.play', label: 'Deck B play/pause' },
  { code: 'KeyN', target: 'deck1.cue', hold: true, label: 'Deck B cue (hold to preview)' },
  { code: 'KeyO', target: 'deck1.nudge-down', hold: true, label: 'Deck B nudge slower' },
  { code: 'KeyP', target: 'deck1.nudge-up', hold: true, label: 'Deck B nudge faster' },
  { code: 'KeyU', target: 'deck1.tempo-step', value: -0.1, repeat: true, label: 'Deck B tempo −0.1 %' },
  { code: 'KeyI', target: 'deck1.tempo-step', value: 0.1, repeat: true, label: 'Deck B tempo +0.1 %' },
  { code: 'KeyK', target: 'deck1.sync', label: 'Deck B sync' },
  { code: 'KeyL', target: 'deck1.loop-beat', label: 'Deck B beat loop on/off' },
  { code: 'KeyJ', target: 'deck1.loop-halve', label: 'Deck B loop ½' },
  { code: 'KeyH', target: 'deck1.loop-double', label: 'Deck B loop ×2' },
  { code: 'KeyB', target: 'deck1.roll-1', hold: true, label: 'Deck B 1-beat loop roll (hold)' },
  { code: 'KeyG', target: 'deck1.keylock', label: 'Deck B key lock' },
  ...hotCues(0, false),
  ...hotCues(1, true),
  { code: 'ArrowLeft', target: 'mixer.crossfader-step', value: -0.1, repeat: true, label: 'Crossfader towards A' },
  { code: 'ArrowDown', target: 'mixer.crossfader-step', value: -0.1, repeat: true, label: 'Crossfader towards A' },
  { code: 'ArrowRight', target: 'mixer.crossfader-step', value: 0.1, repeat: true, label: 'Crossfader towards B' },
  { code: 'ArrowUp', target: 'mixer.crossfader-step', value: 0.1, repeat: true, label: 'Crossfader towards B' },
  { code: 'Slash', shift: true, target: 'help', label: 'Show/hide this help (?)' },
];

export function bindingFor(bindings: KeyBinding[], code: string, shift: boolean, alt: boolean): KeyBinding | undefined {
  return bindings.find((b) => b.code === code && !!b.shift === shift && !!b.alt === alt);
}

/** True when the key event comes from a place where the user types (text fields, text areas, editable content). */
export function isTyping(path: EventTarget[]): boolean {
  const el = path[0];
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset'].includes((el as HTMLInputElement).type);
}
