import type { DawOp } from '../model/project-types';
import type { ViewSpan } from './live-types';

/** This screen's pointer and playhead for the others (`sfa-daw-cursor`); the server stamps it and adds the name. */
export interface CursorDetail {
  track: string | null;
  time: number;
  playhead: number;
  playing: boolean;
  view: ViewSpan | null;
}

/** What this screen shows the others about itself (`sfa-daw-presence`): its presence meta. */
export interface PresenceDetail {
  selection: string[];
  editing: string | null;
  following: string | null;
}

/** A drag in progress (`sfa-daw-preview`): the operations its drop would commit; none ends it. */
export interface PreviewDetail {
  ops: DawOp[];
}

export interface LiveSink {
  cursor(detail: CursorDetail): void;
  presence(detail: PresenceDetail): void;
  preview(detail: PreviewDetail): void;
}

/** Minimum spacing of each kind of message (ms): together under the server's 100 messages a second per screen. */
export const CURSOR_MS = 33;
export const PREVIEW_MS = 16;
export const PRESENCE_MS = 100;
/** While playing, the playhead goes out this often (ms) so followers stay in sync from fresh timestamps. */
export const PLAYING_MS = 500;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ms = (t: number) => Math.round(t * 1000) / 1000;

/**
 * What this screen tells the others, coalesced: the latest pointer, selection and drag preview are kept and sent
 * from `flush` (once per animation frame) only when they changed, each kind no more often than its spacing. A
 * drop's batch goes out at once while the end of its preview waits for the next flush, so the others apply the
 * drop before the preview goes and the clip never jumps back.
 */
export class LiveOutbox {
  private pointer: { track: string | null; time: number } = { track: null, time: 0 };
  private presence: PresenceDetail = { selection: [], editing: null, following: null };
  private previewOps: DawOp[] | null = null;
  private previewDirty = false;
  private sentCursor: CursorDetail | null = null;
  private sentPresence: PresenceDetail = { selection: [], editing: null, following: null };
  private cursorAt = -Infinity;
  private previewAt = -Infinity;
  private presenceAt = -Infinity;

  constructor(private readonly sink: LiveSink) {}

  setPointer(track: string | null, time: number): void {
    this.pointer = { track, time: Math.max(0, ms(time)) };
  }

  setSelection(ids: Iterable<string>): void {
    this.presence = { ...this.presence, selection: [...ids].sort() };
  }

  setFollowing(name: string | null): void {
    this.presence = { ...this.presence, following: name };
  }

  /** This screen's drag preview (null when none); the clip it edits goes into its presence. */
  setPreview(ops: DawOp[] | null): void {
    const next = ops && ops.length ? ops : null;
    if (next === this.previewOps) return;
    this.previewOps = next;
    this.previewDirty = true;
    const clip = next?.find((op) => op.kind === 'clip' && 'id' in op);
    this.presence = { ...this.presence, editing: clip && 'id' in clip ? clip.id : null };
  }

  /**
   * Sends what changed since the last flush; `now` in ms (performance.now()). A transport still loading the audio
   * it starts with counts as stopped: its position does not move yet, and followers would run ahead of it.
   */
  flush(
    now: number,
    transport: { playing: boolean; loading?: boolean; position: number },
    view: ViewSpan | null,
  ): void {
    if (this.previewDirty && now - this.previewAt >= PREVIEW_MS) {
      this.previewDirty = false;
      this.previewAt = now;
      this.sink.preview({ ops: this.previewOps ?? [] });
    }
    const cursor: CursorDetail = {
      ...this.pointer,
      playhead: ms(transport.position),
      playing: transport.playing && !transport.loading,
      view: view && { start: ms(view.start), end: ms(view.end) },
    };
    if (now - this.cursorAt >= CURSOR_MS && this.cursorChanged(cursor, now)) {
      this.sentCursor = cursor;
      this.cursorAt = now;
      this.sink.cursor(cursor);
    }
    if (now - this.presenceAt >= PRESENCE_MS && !same(this.presence, this.sentPresence)) {
      this.sentPresence = this.presence;
      this.presenceAt = now;
      this.sink.presence(this.presence);
    }
  }

  private cursorChanged(next: CursorDetail, now: number): boolean {
    const sent = this.sentCursor;
    if (!sent) return true;
    if (next.playing) {
      return (
        !sent.playing || now - this.cursorAt >= PLAYING_MS || !same({ ...next, playhead: 0 }, { ...sent, playhead: 0 })
      );
    }
    return !same(next, sent);
  }
}
