/** Every editor action a key can trigger. */
export type DawAction =
  | 'play'
  | 'home'
  | 'loop'
  | 'marker'
  | 'metronome'
  | 'split'
  | 'duplicate'
  | 'delete'
  | 'copy'
  | 'paste'
  | 'select-all'
  | 'nudge-left'
  | 'nudge-right'
  | 'nudge-bar-left'
  | 'nudge-bar-right'
  | 'undo'
  | 'redo'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-fit'
  | 'zoom-selection'
  | 'follow'
  | 'help'
  | 'escape';

/** A shortcut: `KeyboardEvent.key` (case-insensitive for letters), with the modifiers that must be held. */
export interface DawKey {
  key: string;
  ctrl?: boolean;
  shift?: boolean;
  action: DawAction;
  label: string;
  /** How the help overlay shows the key. */
  shown: string;
}

export const DAW_KEYS: DawKey[] = [
  { key: ' ', action: 'play', label: 'Play / stop', shown: 'Space' },
  { key: 'Home', action: 'home', label: 'Playhead to the start', shown: 'Home' },
  { key: 'l', action: 'loop', label: 'Loop on / off', shown: 'L' },
  { key: 'm', action: 'marker', label: 'Add a marker at the playhead', shown: 'M' },
  { key: 'k', action: 'metronome', label: 'Metronome on / off', shown: 'K' },
  { key: 's', action: 'split', label: 'Split the selected clips at the playhead', shown: 'S' },
  { key: 'd', ctrl: true, action: 'duplicate', label: 'Duplicate the selection', shown: 'Ctrl+D' },
  { key: 'Delete', action: 'delete', label: 'Delete the selection', shown: 'Delete' },
  { key: 'Backspace', action: 'delete', label: 'Delete the selection', shown: 'Backspace' },
  { key: 'c', ctrl: true, action: 'copy', label: 'Copy the selection', shown: 'Ctrl+C' },
  { key: 'v', ctrl: true, action: 'paste', label: 'Paste at the playhead', shown: 'Ctrl+V' },
  { key: 'a', ctrl: true, action: 'select-all', label: 'Select every clip', shown: 'Ctrl+A' },
  { key: 'ArrowLeft', action: 'nudge-left', label: 'Nudge the selection one grid step earlier', shown: '←' },
  { key: 'ArrowRight', action: 'nudge-right', label: 'Nudge the selection one grid step later', shown: '→' },
  {
    key: 'ArrowLeft',
    shift: true,
    action: 'nudge-bar-left',
    label: 'Nudge the selection one bar earlier',
    shown: 'Shift+←',
  },
  {
    key: 'ArrowRight',
    shift: true,
    action: 'nudge-bar-right',
    label: 'Nudge the selection one bar later',
    shown: 'Shift+→',
  },
  { key: 'z', ctrl: true, action: 'undo', label: 'Undo', shown: 'Ctrl+Z' },
  { key: 'z', ctrl: true, shift: true, action: 'redo', label: 'Redo', shown: 'Ctrl+Shift+Z' },
  { key: 'y', ctrl: true, action: 'redo', label: 'Redo', shown: 'Ctrl+Y' },
  { key: '+', action: 'zoom-in', label: 'Zoom in (also Ctrl+wheel)', shown: '+' },
  { key: '=', action: 'zoom-in', label: 'Zoom in', shown: '=' },
  { key: '-', action: 'zoom-out', label: 'Zoom out', shown: '−' },
  { key: '0', action: 'zoom-fit', label: 'Zoom to fit the project', shown: '0' },
  { key: 'z', action: 'zoom-selection', label: 'Zoom to the selection', shown: 'Z' },
  { key: 'f', action: 'follow', label: 'Follow the playhead on / off', shown: 'F' },
  { key: '?', action: 'help', label: 'Show / hide this help', shown: '?' },
  { key: 'Escape', action: 'escape', label: 'Close help, menu or selection', shown: 'Esc' },
];

/** Mouse gestures the help overlay lists next to the keys. */
export const DAW_MOUSE_HELP: [string, string][] = [
  ['Click / Shift+click / Ctrl+click', 'Select a clip / add to the selection / toggle it'],
  ['Drag on empty lane', 'Select clips in a rectangle'],
  ['Drag a clip', 'Move in time and across tracks (Alt: no snapping)'],
  ['Drag a clip edge', 'Trim its start or end'],
  ['Drag a top corner', 'Fade in / fade out'],
  ['Drag the gain line', 'Clip gain'],
  ['Alt+click a clip', 'Split it at the pointer'],
  ['Right-click a clip', 'Rename, colour, fade curves, warp, mute'],
  ['Drag in the ruler’s lower strip', 'Set or move the loop and its edges'],
  ['Click the ruler', 'Move the playhead'],
  ['Drag / click / Alt+click a marker flag', 'Move the marker / jump to it / delete it'],
  ['Double-click a marker flag', 'Rename the marker (Enter saves, Esc cancels)'],
  ['Ctrl+wheel / wheel / Shift+wheel', 'Zoom / scroll tracks / scroll time'],
  ['Drag a track’s grip', 'Reorder tracks'],
  ['Drop a library track or stem', 'On a lane: a clip there; below the last lane: a new track'],
];

/** The action bound to a key press, if any. Ctrl and Meta count the same; Shift matters only for bindings that ask. */
export function actionFor(e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): DawAction | null {
  const ctrl = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const exact = DAW_KEYS.find((b) => b.key === key && !!b.ctrl === ctrl && !!b.shift === e.shiftKey);
  if (exact) return exact.action;
  const loose = DAW_KEYS.find((b) => b.key === key && !!b.ctrl === ctrl && !b.shift && b.key.length === 1);
  return loose && !/[a-z]/.test(key) ? loose.action : null;
}
