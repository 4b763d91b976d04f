import { CLIP_TITLE_HEIGHT } from '../clip-geometry';
import { clipBox } from '../lane-painter';
import type { DawClip, DawTrack, ProjectState } from '../model/project-types';
import { ROW_HEIGHT, xOf, type Viewport } from '../timeline-view';
import type { Collaborator } from './collaborators';

/** Where a remote playhead is now: its last position moved on by the time since it arrived, while it plays. */
export function playheadNow(c: Collaborator, now: number): number | null {
  const m = c.cursor?.message;
  if (!m || !m.playing || m.playhead === null) return null;
  return m.playhead + Math.max(0, now - (c.cursor?.receivedAt ?? now)) / 1000;
}

/** The line that says who is changing a clip. */
export const editingLabel = (name: string, clip: DawClip) => `${name} is editing '${clip.name}'`;

/**
 * The others on the lanes, drawn on a transparent canvas over them every frame: their selections outlined in their
 * colour, "Nora is editing 'Bass loop'" on a clip they drag or trim, their pointers (in the track row they point at)
 * and their playheads while they play, each with their name.
 */
export function paintCollaborators(
  g: CanvasRenderingContext2D,
  v: Viewport,
  shown: ProjectState,
  tracks: readonly DawTrack[],
  others: readonly Collaborator[],
  now: number,
) {
  g.clearRect(0, 0, v.width, v.height);
  if (!others.length) return;
  const rows = new Map(tracks.map((t, i) => [t.id, i]));
  const clips = new Map(shown.clips.map((c) => [c.id, c]));
  const boxOf = (id: string) => {
    const clip = clips.get(id);
    const row = clip && rows.get(clip.trackId);
    return clip && row !== undefined ? { clip, box: clipBox(v, clip, row) } : null;
  };
  g.font = '11px sans-serif';
  g.textBaseline = 'top';
  for (const o of others) {
    g.strokeStyle = o.color;
    g.lineWidth = 2;
    g.setLineDash([5, 3]);
    for (const id of o.selection) {
      const hit = boxOf(id);
      if (!hit || hit.box.right < 0 || hit.box.left > v.width) continue;
      const b = hit.box;
      g.strokeRect(b.left + 2, b.top + 2, Math.max(1, b.right - b.left - 4), b.bottom - b.top - 4);
    }
    g.setLineDash([]);
    const edited = o.editing ? boxOf(o.editing) : null;
    if (edited)
      tag(
        g,
        editingLabel(o.name, edited.clip),
        o.color,
        Math.max(edited.box.left, 0) + 4,
        edited.box.top + CLIP_TITLE_HEIGHT + 3,
      );
    const playhead = playheadNow(o, now);
    if (playhead !== null) {
      const x = Math.round(xOf(v, playhead));
      g.fillStyle = o.color;
      g.fillRect(x, 0, 1, v.height);
      tag(g, `▶ ${o.name}`, o.color, x + 3, v.height - 18);
    }
    const pointer = o.cursor?.message;
    const row = pointer?.track ? rows.get(pointer.track) : undefined;
    if (pointer && row !== undefined) {
      const x = Math.round(xOf(v, pointer.time));
      const y = row * ROW_HEIGHT - v.scrollTop;
      g.fillStyle = o.color;
      g.fillRect(x - 1, y, 2, ROW_HEIGHT);
      tag(g, o.name, o.color, x + 4, y + 2);
    }
  }
}

function tag(g: CanvasRenderingContext2D, text: string, color: string, x: number, y: number) {
  const w = g.measureText(text).width + 8;
  g.fillStyle = color;
  g.fillRect(x, y, w, 15);
  g.fillStyle = '#0b1020';
  g.fillText(text, x + 4, y + 2);
}
