import type { CustomEventMap } from '../shared/events';

/**
 * The library components' events. `LibraryDomEvents` on the Java side names the same events
 * (DomEventContractTest keeps the two lists equal).
 */

/**
 * Playback started, paused or moved: fired for the user's play/pause and seeks, and once when playback reaches the
 * end (the only one without input: Java never sets the playing state or the position, so it cannot echo).
 */
export interface PlayerStateDetail {
  playing: boolean;
  position: number;
}

/** Events the Java side listens to: name → detail. */
export interface LibraryEventsToJava {
  'sfa-player-state': PlayerStateDetail;
}

/** Events between the library components only: a click or drag on a waveform, as a fraction 0..1 of its width. */
export interface LibraryLocalEvents {
  'sfa-waveform-seek': { fraction: number };
}

declare global {
  interface GlobalEventHandlersEventMap extends CustomEventMap<LibraryEventsToJava & LibraryLocalEvents> {}
}
