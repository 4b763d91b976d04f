import { html, nothing } from 'lit';
import { layoutOf } from './editor-layout';
import type { LibraryDropTarget } from './library-drop-target';
import type { MarkerRename } from './marker-rename';
import type { ProjectState } from './model/project-types';
import type { TimelinePointers } from './timeline-pointers';
import { ROW_HEIGHT } from './timeline-view';
import type { TimelineZoom } from './timeline-zoom';
import { renderTrackHeaders, type TrackHeaderActions } from './track-headers';

/** The canvases cannot be wider than browsers allow a scrolled element to be. */
const MAX_CONTENT_PX = 16_000_000;

/** What the grid shows and who handles its events. */
export interface TimelineGridView {
  shown: ProjectState;
  zoom: TimelineZoom;
  pointers: TimelinePointers;
  drop: LibraryDropTarget;
  markerRename: MarkerRename;
  headers: TrackHeaderActions;
  /** Where a dragged track header would land (see renderTrackHeaders), or null. */
  trackDrop: number | null;
  /** A viewer's grid: the headers' controls disabled, no drop hint. */
  readOnly: boolean;
  requestDraw(): void;
}

/**
 * The editor below its toolbar: the corner, the ruler, the track headers and the lanes. The canvases are drawn by
 * TimelineFrame; the scroller's content only gives the scroll range (the project's end plus two minutes).
 */
export function renderTimelineGrid(v: TimelineGridView) {
  const layout = layoutOf(v.shown);
  const width = Math.min(MAX_CONTENT_PX, (Math.max(layout.end, 60) + 120) * v.zoom.pxPerSecond);
  const height = (layout.tracks.length + 2) * ROW_HEIGHT;
  const p = v.pointers;
  return html`
    <div class="grid">
      <div class="corner">${layout.tracks.length} tracks · ${v.shown.clips.length} clips</div>
      <div class="ruler-box">
        <canvas class="ruler" @pointerdown=${p.onRuler} @pointermove=${p.onRuler} @pointerup=${p.onRuler}
          @pointercancel=${p.onRuler} @dblclick=${p.onRulerDoubleClick}></canvas>
        <div class="ruler-playhead"></div>
        ${v.markerRename.render()}
      </div>
      <div class="headers" @wheel=${v.zoom.onHeadersWheel}>
        <div style="height:${height + 24}px">
          ${renderTrackHeaders(layout.tracks, v.headers, v.trackDrop, v.readOnly)}
          ${v.readOnly ? nothing : html`<div class="drop-below">Drop a library track or stem here for a new track</div>`}
        </div>
      </div>
      <div class="lanes-box" @dragover=${v.drop.onDragOver} @drop=${v.drop.onDrop} @dragleave=${v.drop.onDragLeave}>
        <div class="scroller" @scroll=${() => v.requestDraw()} @wheel=${v.zoom.onWheel}>
          <div style="width:${width}px;height:${height}px;min-width:100%;min-height:100%">
            <canvas class="lanes-canvas" @pointerdown=${p.onLane} @pointermove=${p.onLane} @pointerup=${p.onLane}
              @pointercancel=${p.onLane} @pointerleave=${p.onLaneLeave} @contextmenu=${p.onContextMenu}></canvas>
          </div>
        </div>
        <canvas class="peers-canvas"></canvas>
        <div class="playhead"></div>
      </div>
    </div>
  `;
}
