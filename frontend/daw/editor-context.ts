import type { DawClip, DawOp, DawTrack, ProjectState } from './model/project-types';
import type { Viewport } from './timeline-view';

/** What the editor's interaction controllers and commands see of the editor element. */
export interface EditorContext {
  /** The project as shown, without a drag's preview. */
  readonly state: ProjectState;
  /** Tracks as shown (by order). */
  readonly tracks: DawTrack[];
  /** Each track's clips by position. */
  readonly clipsByTrack: ReadonlyMap<string, DawClip[]>;
  readonly selection: Set<string>;
  /** A viewer's editor: gestures select and seek but change nothing. */
  readonly readOnly: boolean;
  readonly viewport: Viewport;
  readonly playhead: number;
  seek(t: number): void;
  /** `t` on the snap grid unless `bypass` (Alt held) or snapping is off. */
  snap(t: number, bypass: boolean): number;
  /** Sends one batch; false (with a message shown) when it is refused locally. */
  commit(ops: DawOp[]): boolean;
  /** Shows `ops` applied on top of the project while a gesture lasts; null ends the preview. */
  preview(ops: DawOp[] | null): void;
  select(ids: Iterable<string>): void;
  openClipMenu(clip: DawClip, x: number, y: number, t: number): void;
  setCursor(cursor: string): void;
  requestDraw(): void;
  newId(): string;
}
