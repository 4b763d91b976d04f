/**
 * A deck's buttons, sliders and selects as actions (`data-action` on the element): Lit calls these with the deck as
 * `this` (`@pointerdown=${pointerDown}`). A button acts on press and release; keyboard activation of a focused
 * button presses and releases it at once; a slider or select acts on input with its value.
 */
interface ActionTarget {
  mode: string;
  handleAction(action: string, pressed: boolean, value?: number, shift?: boolean): void;
}

export function pointerDown(this: ActionTarget, e: PointerEvent) {
  const el = actionOf(e);
  if (!el || el.tagName !== 'BUTTON' || e.button !== 0 || this.mode !== 'dj') return;
  el.setPointerCapture(e.pointerId);
  this.handleAction(el.dataset.action!, true, 0, e.shiftKey);
}

export function pointerUp(this: ActionTarget, e: PointerEvent) {
  const el = actionOf(e);
  if (el && el.tagName === 'BUTTON') this.handleAction(el.dataset.action!, false, 0, e.shiftKey);
}

/** Keyboard activation of a focused button (Enter/Space gives a click with detail 0). */
export function keyboardClick(this: ActionTarget, e: MouseEvent) {
  const el = actionOf(e);
  if (el && el.tagName === 'BUTTON' && e.detail === 0) {
    this.handleAction(el.dataset.action!, true, 0, e.shiftKey);
    this.handleAction(el.dataset.action!, false, 0, e.shiftKey);
  }
}

export function valueInput(this: ActionTarget, e: Event) {
  const el = actionOf(e) as HTMLInputElement | null;
  if (e.type === 'change' && el?.type === 'range') return;
  if (el && el.tagName !== 'BUTTON') this.handleAction(el.dataset.action!, true, Number(el.value));
}

/** The element with a `data-action` an event came through, up to the element that listens. */
function actionOf(e: Event): HTMLElement | null {
  for (const n of e.composedPath()) {
    if (n instanceof HTMLElement && n.dataset.action) return n;
    if (n === e.currentTarget) break;
  }
  return null;
}
