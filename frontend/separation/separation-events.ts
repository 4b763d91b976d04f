import type { CustomEventMap } from '../shared/events';

/**
 * The stem mixer's events. `SeparationDomEvents` on the Java side names the same events
 * (DomEventContractTest keeps the two lists equal).
 */

/**
 * Playback started, paused or moved: fired for the user's play/pause and seeks, and once when playback reaches the
 * end (the only one without input: Java never sets the playing state or the position, so it cannot echo).
 */
export interface StemMixerStateDetail {
  playing: boolean;
  position: number;
}

/** Events the Java side listens to: name → detail. */
export interface SeparationEventsToJava {
  'sfa-stem-mixer-state': StemMixerStateDetail;
}

declare global {
  interface GlobalEventHandlersEventMap extends CustomEventMap<SeparationEventsToJava> {}
}
