import type { DawOp } from '../model/project-types';

/** One screen in a project's presence (`daw:project:{id}`), as DawLive publishes it. */
export interface PresenceMeta {
  name: string;
  color: string;
  /** `page` (the editor) or `channel` (an external client). */
  kind: string;
  /** The screen's id: the origin of its cursor and preview messages. */
  screen: string;
  /** Its selected clips. */
  selection: string[];
  /** The clip it is dragging or trimming, '' when none. */
  editing: string;
  /** The person it follows, '' when none. */
  following: string;
  phx_ref: string;
  phx_ref_prev?: string;
}

/** Phoenix presence entries: person → their screens. */
export type PresenceEntries = Record<string, { metas: PresenceMeta[] }>;

export interface PresenceDiff {
  joins: PresenceEntries;
  leaves: PresenceEntries;
}

/** The span of the timeline a screen shows, in seconds. */
export interface ViewSpan {
  start: number;
  end: number;
}

/** A screen's pointer and playhead, stamped by the server (`at`, ms since the epoch). */
export interface CursorMessage {
  user: string;
  screen: string;
  track: string | null;
  time: number;
  playhead: number | null;
  playing: boolean;
  view: ViewSpan | null;
  at: number;
}

/** A drag in progress on another screen: the operations its drop would commit; none ends it. */
export interface PreviewMessage {
  user: string;
  screen: string;
  ops: DawOp[];
}

/** This screen in the project's presence. */
export interface Me {
  screen: string;
  name: string;
  color: string;
}
