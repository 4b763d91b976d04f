/**
 * MIDI mapping and learn, as pure functions over raw MIDI bytes (testable with synthetic messages).
 * A mapping binds one control (note or CC on a channel) to a target `deck<n>.<action>` / `mixer.<action>`.
 * Buttons: note on → press, note off (or note on velocity 0) → release; a CC button presses at ≥ 64.
 * Ranges: value = min + (data / 127) · (max − min), with min/max taken from the learned control (its `min`/`max`).
 */
export interface MidiControl {
  type: 'note' | 'cc';
  channel: number;
  number: number;
}
export interface MidiMapping extends MidiControl {
  target: string;
  kind: 'button' | 'range';
  min: number;
  max: number;
}
export interface MidiAction {
  target: string;
  pressed: boolean;
  value: number;
}
export interface MidiMessage {
  control: MidiControl;
  data: number;
  on: boolean;
}

export function parseMidi(bytes: ArrayLike<number>): MidiMessage | null {
  if (bytes.length < 3) return null;
  const kind = bytes[0] & 0xf0;
  const channel = bytes[0] & 0x0f;
  const number = bytes[1] & 0x7f;
  const data = bytes[2] & 0x7f;
  if (kind === 0x90) return { control: { type: 'note', channel, number }, data, on: data > 0 };
  if (kind === 0x80) return { control: { type: 'note', channel, number }, data: 0, on: false };
  if (kind === 0xb0) return { control: { type: 'cc', channel, number }, data, on: data >= 64 };
  return null;
}

export function sameControl(a: MidiControl, b: MidiControl): boolean {
  return a.type === b.type && a.channel === b.channel && a.number === b.number;
}

/** The actions a MIDI message triggers under `mappings`. */
export function routeMidi(mappings: MidiMapping[], bytes: ArrayLike<number>): MidiAction[] {
  const msg = parseMidi(bytes);
  if (!msg) return [];
  return mappings
    .filter((m) => sameControl(m, msg.control))
    .map((m) =>
      m.kind === 'range'
        ? { target: m.target, pressed: true, value: m.min + (msg.data / 127) * (m.max - m.min) }
        : { target: m.target, pressed: msg.on, value: 0 },
    );
}

/** Adds or replaces the mapping of a control (one control drives one target). */
export function withMapping(mappings: MidiMapping[], mapping: MidiMapping): MidiMapping[] {
  return [...mappings.filter((m) => !sameControl(m, mapping)), mapping];
}

/** Learn: start → the next MIDI control is captured → the next clicked target completes the mapping. */
export class MidiLearn {
  phase: 'idle' | 'control' | 'target' = 'idle';
  control: MidiControl | null = null;

  start(): void {
    this.phase = 'control';
    this.control = null;
  }

  stop(): void {
    this.phase = 'idle';
    this.control = null;
  }

  /** Returns true when the message was consumed by learning. */
  onMidi(bytes: ArrayLike<number>): boolean {
    if (this.phase === 'idle') return false;
    const msg = parseMidi(bytes);
    if (!msg) return true;
    if (this.phase === 'control' || (this.phase === 'target' && !this.control)) {
      if (msg.control.type === 'note' && !msg.on) return true;
      this.control = msg.control;
      this.phase = 'target';
    }
    return true;
  }

  /** Completes a mapping when a control was captured; learning continues with the next control. */
  chooseTarget(
    mappings: MidiMapping[],
    target: string,
    kind: 'button' | 'range',
    min = 0,
    max = 1,
  ): MidiMapping[] | null {
    if (this.phase !== 'target' || !this.control) return null;
    const next = withMapping(mappings, { ...this.control, target, kind, min, max });
    this.start();
    return next;
  }
}
