import type { CursorMessage, ViewSpan } from './live-types';

/** The transport a follower drives. */
export interface FollowTransport {
  readonly playing: boolean;
  /** Started but still loading audio: its position does not move yet. */
  readonly loading: boolean;
  readonly position: number;
  /** (Re)starts from wherever `where` says once the audio is ready to sound. */
  playAlong(where: () => number): void;
  stop(): void;
  seek(t: number): void;
}

/** How far (s) a follower's playhead may drift from the leader's before it starts again where the leader is. */
export const DRIFT_TOLERANCE = 0.05;
/** After starting, no correction for this long (ms), and none while the engine is still loading. */
export const SETTLE_MS = 300;
const OFFSETS_KEPT = 30;

/**
 * Following another person: their view (scroll and zoom) and their transport, listening along. The leader's
 * cursor messages carry its playhead with the server's timestamp `at`; the follower estimates where the leader is
 * at any moment as `playhead + (now - at - offset)`, where `offset` is the smallest `arrival - at` seen lately (the
 * clock difference plus the quickest delivery), so neither clock needs to be right. It starts, stops and seeks with
 * the leader. An engine loads audio before it sounds, for however long that takes, so the follower does not say
 * where to start but how to tell: the engine asks where the leader is once its audio is ready. A drift beyond
 * DRIFT_TOLERANCE after that (a clock running at another rate, a stalled tab) starts it again the same way.
 */
export class FollowLeader {
  leader: string | null = null;
  private offsets: number[] = [];
  private shownView = '';
  private settledAt = -Infinity;
  /** The leader's latest playing position and its server timestamp. */
  private latest = { playhead: 0, at: 0 };
  private readonly along = () => this.leaderAt(this.clock());

  constructor(
    private readonly transport: FollowTransport,
    private readonly showView: (view: ViewSpan) => void,
    /** The clock arrivals are given in (ms since the epoch). */
    private readonly clock: () => number = Date.now,
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

  /** Where the leader's playhead is at `time` (this clock), by its latest message. */
  private leaderAt(time: number): number {
    const offset = Math.min(...this.offsets);
    return this.latest.playhead + Math.max(0, time - this.latest.at - offset) / 1000;
  }

  private syncTransport(message: CursorMessage, arrival: number, now: number) {
    const t = this.transport;
    const playhead = message.playhead ?? 0;
    if (!message.playing) {
      if (t.playing) t.stop();
      if (Math.abs(t.position - playhead) > 0.001) t.seek(playhead);
      return;
    }
    this.latest = { playhead, at: message.at };
    if (!t.playing) {
      t.playAlong(this.along);
      this.settledAt = now + SETTLE_MS;
      return;
    }
    const drift = this.leaderAt(arrival) - t.position;
    if (now >= this.settledAt && !t.loading && Math.abs(drift) > DRIFT_TOLERANCE) {
      t.playAlong(this.along);
      this.settledAt = now + SETTLE_MS;
    }
  }
}
