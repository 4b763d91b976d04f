/** Vaadin's connection state store (`window.Vaadin.connectionState`), as far as it is used here. */
interface ConnectionStateStore {
  addStateChangeListener(listener: (previous: string, next: string) => void): void;
  removeStateChangeListener(listener: (previous: string, next: string) => void): void;
}

/**
 * Calls `returned` each time the page's connection to the server comes back after it was lost (Vaadin's state was
 * `reconnecting` or `connection-lost` and is `connected` again): what the server pushed meanwhile may not have arrived.
 * Returns the function that stops listening.
 */
export function onReconnect(returned: () => void): () => void {
  const store = (window as unknown as { Vaadin?: { connectionState?: ConnectionStateStore } }).Vaadin?.connectionState;
  if (!store) return () => {};
  let lost = false;
  const listener = (_previous: string, next: string) => {
    if (next === 'reconnecting' || next === 'connection-lost') lost = true;
    else if (next === 'connected' && lost) {
      lost = false;
      returned();
    }
  };
  store.addStateChangeListener(listener);
  return () => store.removeStateChangeListener(listener);
}
