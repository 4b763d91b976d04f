/** Turns a map of event name → detail into the shape of GlobalEventHandlersEventMap (name → CustomEvent). */
export type CustomEventMap<T> = { [K in keyof T]: CustomEvent<T[K]> };

/** The `detail` type of a custom event named in GlobalEventHandlersEventMap (declared by each feature's events module). */
export type DetailOf<K> = K extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[K] extends CustomEvent<infer D>
    ? D
    : never
  : never;

/** Names of the app's own events (`sfa-<noun>-<verb>`), each declared with its detail in a feature's events module. */
export type SfaEventName = Extract<keyof GlobalEventHandlersEventMap, `sfa-${string}`>;

/**
 * Fires one of the app's events from `target`: bubbling and composed, so it leaves the shadow DOM and reaches the
 * Java wrapper. Call it only for user input, never for a value Java set (that is what keeps echo loops out).
 */
export function emit<K extends SfaEventName>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
