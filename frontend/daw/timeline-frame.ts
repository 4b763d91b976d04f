import type { PlaybackEngine } from './audio/playback-engine';
import { layoutOf } from './editor-layout';
import { paintLanes, type LaneOverlay } from './lane-painter';
import { barBeatLabel } from './model/grid';
import type { ProjectState } from './model/project-types';
import type { PeaksCache } from './peaks-cache';
import { paintRuler } from './ruler-painter';
import { xOf, type Viewport } from './timeline-view';
import { fitCanvas } from '../shared/canvas';
import { formatTime } from '../shared/time';

/** What one frame needs from the editor. */
export interface FrameSource {
  root: ParentNode;
  scroller: HTMLElement | undefined;
  lanes: HTMLCanvasElement | undefined;
  ruler: HTMLCanvasElement | undefined;
  headers: HTMLElement | undefined;
  viewport: Viewport;
  /** The project as drawn (null before it is loaded). */
  shown: ProjectState | null;
  playhead: number;
  engine: PlaybackEngine | null;
  follow: boolean;
  overlay: LaneOverlay;
}

/**
 * The editor's animation-frame loop: the playhead and its readout from the engine's position, following it while
 * playing, the level meters, and a redraw of ruler and lanes (only what is in view) when something changed.
 */
export class TimelineFrame {
  private frame = 0;
  private dirty = true;
  private wasPlaying = false;

  constructor(
    private readonly source: () => FrameSource,
    private readonly peaks: PeaksCache,
    private readonly onPlayingChange: () => void,
    /** After each frame, with the viewport it showed (the live layer sends and draws the others). */
    private readonly afterFrame: (v: Viewport) => void = () => {},
  ) {}

  start() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.tick);
  }

  stop() {
    cancelAnimationFrame(this.frame);
  }

  requestDraw() {
    this.dirty = true;
  }

  private readonly tick = () => {
    this.frame = requestAnimationFrame(this.tick);
    const s = this.source();
    if (!s.shown || !s.scroller) return;
    const t = s.playhead;
    const playing = !!s.engine?.playing;
    if (playing !== this.wasPlaying) {
      this.wasPlaying = playing;
      this.onPlayingChange();
    }
    if (playing && s.follow) {
      const x = xOf(s.viewport, t);
      if (x < 0 || x > s.viewport.width * 0.9) {
        s.scroller.scrollLeft = Math.max(0, t * s.viewport.pxPerSecond - s.viewport.width * 0.1);
        this.dirty = true;
      }
    }
    const v = this.dirty ? this.draw() : s.viewport;
    const x = xOf(v, t);
    const visibility = x >= 0 && x <= v.width ? 'visible' : 'hidden';
    for (const el of s.root.querySelectorAll<HTMLElement>('.playhead, .ruler-playhead')) {
      el.style.transform = `translateX(${x}px)`;
      el.style.visibility = visibility;
    }
    const position = s.root.querySelector('.position');
    if (position) position.textContent = `${barBeatLabel(t, s.shown.bpm, s.shown.meter)} · ${formatTime(t, true)}`;
    if (s.engine) this.paintMeters(s.root, s.engine);
    this.afterFrame(v);
  };

  private paintMeters(root: ParentNode, engine: PlaybackEngine) {
    const levels = engine.levels();
    for (const el of root.querySelectorAll<HTMLElement>('[data-meter]')) {
      const db = levels.get(el.dataset.meter ?? '')?.peakDb ?? -Infinity;
      el.style.width = `${Math.max(0, Math.min(100, ((db + 60) / 60) * 100))}%`;
    }
  }

  /** Draws ruler and lanes; returns the viewport drawn. */
  private draw(): Viewport {
    this.dirty = false;
    const s = this.source();
    const v = s.viewport;
    if (!s.lanes || !s.ruler || !s.shown || !v.width) return v;
    s.lanes.style.width = `${v.width}px`;
    s.lanes.style.height = `${v.height}px`;
    const layout = layoutOf(s.shown);
    const lanes = fitCanvas(s.lanes);
    if (lanes) {
      lanes.g.setTransform(lanes.ratio, 0, 0, lanes.ratio, 0, 0);
      paintLanes(lanes.g, v, s.shown, layout.tracks, layout.clipsByTrack, this.peaks, s.overlay);
    }
    const ruler = fitCanvas(s.ruler);
    if (ruler) {
      ruler.g.setTransform(ruler.ratio, 0, 0, ruler.ratio, 0, 0);
      paintRuler(ruler.g, { ...v, width: ruler.width / ruler.ratio }, s.shown);
    }
    if (s.headers) s.headers.scrollTop = v.scrollTop;
    return v;
  }
}
