import type { CustomEventMap } from '../shared/events';
import type { GridEdit } from '../shared/grid-edit';

/**
 * The analysis components' events. `AnalysisDomEvents` on the Java side names the same events
 * (DomEventContractTest keeps the two lists equal).
 */

/** An edit of the track's beat grid from the track page (stored with the track; decks with it follow). */
export interface TempoEditDetail extends GridEdit {
  /** action and value as in GridEdit: downbeat carries the page player's playhead. */
}

/** Events the Java side listens to: name → detail. */
export interface AnalysisEventsToJava {
  'sfa-tempo-edit': TempoEditDetail;
}

declare global {
  interface GlobalEventHandlersEventMap extends CustomEventMap<AnalysisEventsToJava> {}
}
