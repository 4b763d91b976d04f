import type { StemName } from './audio/deck-player';
import type { FrameCoalescer } from './coalesce';
import type { DeckController } from './deck-controller';
import type { TempoRange } from './deck-types';
import type { DeckEvent } from './dj-events';
import type { GridEditor } from '../shared/grid-edit';

/** The deck's view settings an action may change (zoom, loop size, delete mode for the pads). */
export interface DeckView {
  deleteMode: boolean;
  loopBeats: number;
  zoom: number;
}

/** What an action needs of its deck: its controller and helpers, its view settings, and how to tell Java. */
export interface ActionDeck extends DeckView {
  c: DeckController;
  coalescer: FrameCoalescer;
  gridEditor: GridEditor;
  position: number;
  hasTrack: boolean;
  tempo(change: Parameters<DeckController['setTempo']>[0]): void;
  emit(ev: DeckEvent | null): void;
  set(view: Partial<DeckView>): void;
}

/**
 * One keyboard, MIDI or pointer action on a DJ deck (`pressed` false = release; `value` for continuous controls):
 * changes the deck at once and returns the event Java is to hear, if any.
 */
export function deckAction(
  d: ActionDeck,
  action: string,
  pressed: boolean,
  value = 0,
  shift = false,
): DeckEvent | null {
  const c = d.c;
  const [verb, arg] = splitAction(action);
  let ev: DeckEvent | null = null;
  if (verb === 'cue') ev = pressed ? c.cueDown() : c.cueUp();
  else if (verb === 'roll') ev = pressed ? c.rollStart(Number(arg)) : c.rollEnd();
  else if (verb === 'nudge-up' || verb === 'nudge-down') ev = c.nudge(pressed ? (verb === 'nudge-up' ? 1 : -1) : 0);
  else if (verb === 'tempo') d.tempo({ tempoPercent: value * c.s.tempoRange });
  else if (verb === 'tempo-set') d.tempo({ tempoPercent: value });
  else if (verb === 'stem-volume') {
    const stemEvent = c.setStem(arg as StemName, { volume: value });
    d.coalescer.schedule(action, () => d.emit(stemEvent));
  } else if (!pressed) return null;
  else if (verb === 'play') ev = c.togglePlay();
  else if (verb === 'hotcue') ev = c.hotCue(Number(arg), shift || d.deleteMode);
  else if (verb === 'hotcue-delete') ev = c.hotCue(Number(arg), true);
  else if (verb === 'loop-in') ev = c.loopIn();
  else if (verb === 'loop-out') ev = c.loopOut();
  else if (verb === 'loop-exit') ev = c.exitLoop();
  else if (verb === 'loop-halve') ev = c.resizeLoop(0.5);
  else if (verb === 'loop-double') ev = c.resizeLoop(2);
  else if (verb === 'loop-beat') ev = c.s.loop?.active ? c.exitLoop() : c.beatLoop(d.loopBeats);
  else if (verb === 'loop') ev = c.beatLoop(Number(arg));
  else if (verb === 'loop-size') d.set({ loopBeats: value });
  else if (verb === 'sync') ev = c.sync(!c.syncOn);
  else if (verb === 'quantize') ev = c.toggleQuantize();
  else if (verb === 'keylock') d.tempo({ keyLock: !c.s.keyLock });
  else if (verb === 'tempo-range') d.tempo({ tempoRange: value as TempoRange });
  else if (verb === 'tempo-reset') d.tempo({ tempoPercent: 0 });
  else if (verb === 'tempo-step') d.tempo({ tempoPercent: c.s.tempoPercent + value });
  else if (verb === 'stem-mute') ev = c.setStem(arg as StemName, { muted: !c.s.stems[arg as StemName].muted });
  else if (verb === 'stem-solo') ev = c.setStem(arg as StemName, { solo: !c.s.stems[arg as StemName].solo });
  else if (verb === 'delete-mode') d.set({ deleteMode: !d.deleteMode });
  else if (verb.startsWith('grid-') && d.hasTrack) d.gridEditor.press(verb.slice(5), d.position, value);
  else if (verb === 'zoom-in') d.set({ zoom: Math.max(1, d.zoom / 2) });
  else if (verb === 'zoom-out') d.set({ zoom: Math.min(64, d.zoom * 2) });
  return ev;
}

export function splitAction(action: string): [string, string] {
  const m = /^(hotcue-delete|hotcue|roll|loop|stem-mute|stem-solo|stem-volume)-(.+)$/.exec(action);
  if (m && !(m[1] === 'loop' && Number.isNaN(Number(m[2])))) return [m[1], m[2]];
  return [action, ''];
}
