import { gridLines } from './grid-lines';
import type { DawMarker, ProjectState } from './model/project-types';
import { RULER_HEIGHT, xOf, type Viewport } from './timeline-view';

/** The ruler's lower strip, where the loop region is drawn and dragged. */
export const LOOP_STRIP_TOP = 24;

/** Draws bar numbers and beat ticks (meter aware), the markers and the loop region. */
export function paintRuler(g: CanvasRenderingContext2D, v: Viewport, state: ProjectState) {
  g.fillStyle = '#0b1020';
  g.fillRect(0, 0, v.width, RULER_HEIGHT);
  g.fillStyle = '#111a30';
  g.fillRect(0, LOOP_STRIP_TOP, v.width, RULER_HEIGHT - LOOP_STRIP_TOP);
  g.font = '10px sans-serif';
  g.textBaseline = 'top';
  for (const line of gridLines(v, state.bpm, state.meter, 6)) {
    const x = Math.round(xOf(v, line.t));
    if (line.bar) {
      g.fillStyle = '#94a3b8';
      g.fillRect(x, 0, 1, LOOP_STRIP_TOP);
      g.fillText(String(line.bar), x + 3, 2);
    } else {
      g.fillStyle = '#475569';
      g.fillRect(x, LOOP_STRIP_TOP - 6, 1, 6);
    }
  }
  if (state.loop) {
    const x0 = xOf(v, state.loop.start);
    const x1 = xOf(v, state.loop.end);
    g.fillStyle = state.loopOn ? 'rgba(34,197,94,0.75)' : 'rgba(148,163,184,0.45)';
    g.fillRect(x0, LOOP_STRIP_TOP + 3, x1 - x0, RULER_HEIGHT - LOOP_STRIP_TOP - 6);
    g.fillStyle = '#f8fafc';
    g.fillRect(x0, LOOP_STRIP_TOP, 2, RULER_HEIGHT - LOOP_STRIP_TOP);
    g.fillRect(x1 - 2, LOOP_STRIP_TOP, 2, RULER_HEIGHT - LOOP_STRIP_TOP);
  }
  for (const m of state.markers) {
    const x = Math.round(xOf(v, m.position));
    g.fillStyle = '#facc15';
    g.beginPath();
    g.moveTo(x, 12);
    g.lineTo(x + 8, 12);
    g.lineTo(x + 8, 22);
    g.lineTo(x, 24);
    g.fill();
    g.fillStyle = '#fde68a';
    g.fillText(m.name, x + 10, 12);
  }
}

/** The marker whose flag is under (x, y), the last drawn winning. */
export function markerAt(v: Viewport, state: ProjectState, x: number, y: number): DawMarker | null {
  if (y < 10 || y > LOOP_STRIP_TOP) return null;
  for (let i = state.markers.length - 1; i >= 0; i--) {
    const mx = xOf(v, state.markers[i].position);
    if (x >= mx - 2 && x <= mx + 10) return state.markers[i];
  }
  return null;
}

/** What a press in the loop strip at x drags: an edge of the loop, the whole loop, or a new loop. */
export function loopZoneAt(v: Viewport, state: ProjectState, x: number): 'start' | 'end' | 'move' | 'new' {
  if (!state.loop) return 'new';
  const x0 = xOf(v, state.loop.start);
  const x1 = xOf(v, state.loop.end);
  if (Math.abs(x - x0) <= 6) return 'start';
  if (Math.abs(x - x1) <= 6) return 'end';
  return x > x0 && x < x1 ? 'move' : 'new';
}
