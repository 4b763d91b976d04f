import type { CustomEventMap } from '../shared/events';
import type { CursorDetail, PresenceDetail, PreviewDetail } from './live/live-outbox';

/**
 * The DAW editor's events: the contract with its Java view, which names the same events in `DawDomEvents`
 * (DomEventContractTest keeps the two lists equal). Edits fire only on user input, resync on a gap in the server's
 * batches or when the server is further than the element, and the live ones (pointer, presence, drag preview) from the live layer's
 * once-a-frame flush of what the user changed, never for a value Java set.
 */

/** One gesture's batch, as the JSON text of an OpBatch (`{id, ops}`), already applied on this screen. */
export interface DawOpsDetail {
  batch: string;
}

/**
 * The element may have missed server batches (a gap in their numbers, or the server is further than it; -1 when it
 * has nothing, as after Vaadin made it again): Java
 * sends those after `seq`, the last applied, or the whole state through `load` when they are many.
 */
export interface DawResyncDetail {
  seq: number;
}

/** Events the Java side listens to: name → detail. The live ones have the channel's message shapes. */
export interface DawEventsToJava {
  'sfa-daw-ops': DawOpsDetail;
  'sfa-daw-resync': DawResyncDetail;
  'sfa-daw-cursor': CursorDetail;
  'sfa-daw-presence': PresenceDetail;
  'sfa-daw-preview': PreviewDetail;
}

declare global {
  interface GlobalEventHandlersEventMap extends CustomEventMap<DawEventsToJava> {}
}
