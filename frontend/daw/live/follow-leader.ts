import type { CursorMessage, ViewSpan } from './live-types';

/** The transport a follower drives. */
export interface FollowTransport {
  readonly playing: boolean;
  /** Started but still loading audio: its position does not move yet. */
  readonly loading: boolean;
  readonly position: number;
  playFrom(t: number): void;
  stop(): void;
  seek(t: number): void;
}

/** How far (s) a follower's playhead may drift from the leader's before it seeks. */
export const DRIFT_TOLERANCE = 0.05;
/** After starting or seeking, no correction for this long (ms), and none while the engine is still loading. */
export const SETTLE_MS = 300;
/** The most a follower starts ahead of the leader to make up for its engine's loading time (s). */
export const MAX_HEAD_START = 1.5;
const OFFSETS_KEPT = 30;

/**
 * Following another person: their view (scroll and zoom) and their transport, listening along. The leader's
 * cursor messages carry its playhead with the server's timestamp `at`; the follower estimates where the leader is
 * now as `playhead + (now - at - offset)`, where `offset` is the smallest `arrival - at` seen lately (the clock
 * difference plus the quickest delivery), so neither clock needs to be right. It starts, stops and seeks with the
 * leader and corrects a drift beyond DRIFT_TOLERANCE. An engine loads audio before it sounds, so the follower
 * learns its head start: each drift it corrects adds to how far ahead of the leader it starts and seeks.
 */
export class FollowLeader {
  leader: string | null = null;
  private offsets: number[] = [];
  private shownView = '';
  private settledAt = -Infinity;
  /** How far ahead of the leader to start (s): the engine's loading time, learnt from the drifts corrected. */
  private headStart = 0;

  constructor(
    private readonly transport: FollowTransport,
    private readonly showView: (view: ViewSpan) => void,
  ) {}

  follow(name: string | null): void {
    this.leader = name;
    this.offsets = [];
    this.shownView = '';
  }

  /** A cursor message that arrived at `arrival` (ms since the epoch, this clock); `now` is performance.now(). */
  onCursor(message: CursorMessage, arrival: number, now: number): void {
    if (!this.leader || message.user !== this.leader) return;
    this.offsets.push(arrival - message.at);
    if (this.offsets.length > OFFSETS_KEPT) this.offsets.shift();
    if (message.view) {
      const key = `${message.view.start}:${message.view.end}`;
      if (key !== this.shownView) {
        this.shownView = key;
        this.showView(message.view);
      }
    }
    if (message.playhead !== null) this.syncTransport(message, arrival, now);
  }

  private syncTransport(message: CursorMessage, arrival: number, now: number) {
    const t = this.transport;
    const playhead = message.playhead ?? 0;
    if (!message.playing) {
      if (t.playing) t.stop();
      if (Math.abs(t.position - playhead) > 0.001) t.seek(playhead);
      return;
    }
    const offset = Math.min(...this.offsets);
    const expected = playhead + Math.max(0, arrival - message.at - offset) / 1000;
    if (!t.playing) {
      t.playFrom(expected + this.headStart);
      this.settledAt = now + SETTLE_MS;
      return;
    }
    const drift = expected - t.position;
    if (now >= this.settledAt && !t.loading && Math.abs(drift) > DRIFT_TOLERANCE) {
      this.headStart = Math.max(0, Math.min(MAX_HEAD_START, this.headStart + drift));
      t.seek(expected + this.headStart);
      this.settledAt = now + SETTLE_MS;
    }
  }
}
