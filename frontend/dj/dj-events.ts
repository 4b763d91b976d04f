import type { CrossfaderCurve } from './audio/curves';
import type { StemName } from './audio/deck-player';
import type { DeckLoop, StemState, TempoRange } from './deck-types';
import type { MidiMapping } from './midi-map';
import type { ChannelParam } from './mixer-types';
import type { CustomEventMap } from '../shared/events';
import type { GridEdit } from '../shared/grid-edit';

/**
 * The DJ components' events: the contract with their Java wrappers (DjDeck, DjMixer, DjControls), which name the
 * same events in `com.soundforge.dj.ui.DjDomEvents` (DomEventContractTest keeps the two lists equal).
 * Times and positions in seconds; decks 0..3. Each fires only on user input.
 */
interface OnDeck {
  deck: number;
}

export interface DeckPlayDetail extends OnDeck {
  playing: boolean;
  position: number;
}
export interface DeckSeekDetail extends OnDeck {
  position: number;
}
export interface DeckCueDetail extends OnDeck {
  action: 'set' | 'preview-start' | 'preview-end' | 'jump';
  cuePoint: number;
  position: number;
  playing: boolean;
}
export interface DeckHotCueDetail extends OnDeck {
  action: 'set' | 'trigger' | 'delete';
  slot: number;
  time: number;
  color: string;
  position: number;
  playing: boolean;
}
export type LoopAction = 'in' | 'out' | 'beat' | 'halve' | 'double' | 'exit' | 'roll-start' | 'roll-end';
export interface DeckLoopDetail extends OnDeck {
  action: LoopAction;
  loop: DeckLoop | null;
  position: number;
}
/** At most one per animation frame while a tempo control moves. */
export interface DeckTempoDetail extends OnDeck {
  tempoPercent: number;
  tempoRange: TempoRange;
  keyLock: boolean;
  effectiveBpm: number;
}
/** direction 1 or -1 while a nudge button is held, 0 when released; position is where the playhead is then. */
export interface DeckNudgeDetail extends OnDeck {
  direction: number;
  position: number;
}
export interface DeckSyncDetail extends OnDeck {
  on: boolean;
  tempoPercent: number;
  position: number;
}
export interface DeckQuantizeDetail extends OnDeck {
  on: boolean;
}
export interface DeckStemDetail extends OnDeck, StemState {
  stem: StemName;
}
/** An edit of the loaded track's beat grid (stored with the track; every deck with it follows). */
export interface DeckGridEditDetail extends OnDeck, GridEdit {
  /** action and value as in GridEdit: downbeat carries the deck's playhead. */
}
/** A library row dropped on the deck (drag data `application/x-sfa-track`). */
export interface DeckLoadRequestDetail extends OnDeck {
  trackId: string;
}
/** One channel control; kills are booleans. At most one per animation frame per control. */
export interface MixerChangeDetail {
  channel: number;
  param: ChannelParam;
  value: number | boolean;
}
export interface MixerCrossfaderDetail {
  value: number;
  curve: CrossfaderCurve;
}
export interface MixerMasterDetail {
  value: number;
}
export interface MidiMappingsChangeDetail {
  mappings: MidiMapping[];
}

/** Events the Java side listens to: name → detail. */
export interface DjEventsToJava {
  'sfa-deck-play': DeckPlayDetail;
  'sfa-deck-seek': DeckSeekDetail;
  'sfa-deck-cue': DeckCueDetail;
  'sfa-deck-hotcue': DeckHotCueDetail;
  'sfa-deck-loop': DeckLoopDetail;
  'sfa-deck-tempo': DeckTempoDetail;
  'sfa-deck-nudge': DeckNudgeDetail;
  'sfa-deck-sync': DeckSyncDetail;
  'sfa-deck-quantize': DeckQuantizeDetail;
  'sfa-deck-stem': DeckStemDetail;
  'sfa-deck-load-request': DeckLoadRequestDetail;
  'sfa-deck-grid-edit': DeckGridEditDetail;
  'sfa-mixer-change': MixerChangeDetail;
  'sfa-mixer-crossfader': MixerCrossfaderDetail;
  'sfa-mixer-master': MixerMasterDetail;
  'sfa-midi-mappings-change': MidiMappingsChangeDetail;
}

/** Events between the DJ components only (a waveform tells its deck); Java never sees them. */
export interface DjLocalEvents {
  'sfa-dj-waveform-seek': { time: number };
  'sfa-dj-waveform-zoom': { zoom: number };
}

export type DeckEventName = Extract<keyof DjEventsToJava, `sfa-deck-${string}`>;

/** A deck event the DeckController decided on; the element fires it. */
export interface DeckEvent<N extends DeckEventName = DeckEventName> {
  name: N;
  detail: DjEventsToJava[N];
}

declare global {
  interface GlobalEventHandlersEventMap extends CustomEventMap<DjEventsToJava & DjLocalEvents> {}
}
