import type { CustomEventMap } from '../shared/events';

/**
 * The DAW editor's events: the contract with its Java view, which names the same events in `DawDomEvents`
 * (DomEventContractTest keeps the two lists equal). Each fires only on user input or on a gap in the server's
 * batches, never for a value Java set.
 */

/** One gesture's batch, as the JSON text of an OpBatch (`{id, ops}`), already applied on this screen. */
export interface DawOpsDetail {
  batch: string;
}

/** A server batch skipped sequence numbers: Java sends the whole state again through `load`. `seq` is the last applied. */
export interface DawResyncDetail {
  seq: number;
}

/** Events the Java side listens to: name → detail. */
export interface DawEventsToJava {
  'sfa-daw-ops': DawOpsDetail;
  'sfa-daw-resync': DawResyncDetail;
}

declare global {
  interface GlobalEventHandlersEventMap extends CustomEventMap<DawEventsToJava> {}
}
