import { beatSeconds, beatsPerBar } from './model/grid';
import type { Meter } from './model/project-types';
import { timeAt, type Viewport } from './timeline-view';

export interface GridLine {
  t: number;
  /** Bar number from 1, or 0 for a beat inside a bar. */
  bar: number;
}

/** The bar and beat lines in view, thinned so lines stay at least `minGap` pixels apart. */
export function gridLines(v: Viewport, bpm: number, meter: Meter, minGap = 8): GridLine[] {
  const beat = beatSeconds(bpm);
  const perBar = beatsPerBar(meter);
  const beatPx = beat * v.pxPerSecond;
  let barStep = 1;
  while (beatPx * perBar * barStep < minGap * 4) barStep *= 2;
  const showBeats = beatPx >= minGap;
  const first = Math.max(0, Math.floor(timeAt(v, 0) / beat));
  const last = Math.ceil(timeAt(v, v.width) / beat);
  const lines: GridLine[] = [];
  for (let b = first; b <= last; b++) {
    const bar = Math.floor(b / perBar);
    if (b % perBar === 0 && bar % barStep === 0) lines.push({ t: b * beat, bar: bar + 1 });
    else if (showBeats && b % perBar !== 0) lines.push({ t: b * beat, bar: 0 });
  }
  return lines;
}
