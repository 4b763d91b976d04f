import type { ProjectState } from '../model/project-types.ts';

/** Peak and RMS level of one bus over the last render quanta, in dBFS (−Infinity for silence). */
export interface BusLevel {
  peakDb: number;
  rmsDb: number;
}

/** What the engine reports for one scheduled source, for tests and the debug overlay. */
export interface ScheduledSource {
  clipId: string;
  chunk: number;
  /** Audio-context time the source starts at, and the source offset (s) and duration (s) it plays. */
  when: number;
  offset: number;
  duration: number;
}

/**
 * The DAW's audio engine as the editor sees it (implemented in `daw-engine.ts`). Time arguments are timeline
 * seconds. Every call acts at once; the engine follows the project given last, so an edit made while playing is
 * heard from the next scheduled block.
 */
export interface PlaybackEngine {
  setProject(state: ProjectState): void;
  /** Plays from `from`; given a function, from wherever it says once the audio is ready (a follower keeping up). */
  play(from: number | (() => number)): Promise<void>;
  stop(): void;
  seek(to: number): void;
  readonly playing: boolean;
  /** Playing, but still loading the audio it starts with: the position does not move yet. */
  readonly loading: boolean;
  /** The rate (Hz) of the audio context the engine plays through. */
  readonly sampleRate: number;
  /** The timeline position now (s), following loops. */
  readonly position: number;
  metronome: boolean;
  /** Level per track id, and 'master'. */
  levels(): Map<string, BusLevel>;
  /** Sources scheduled and not yet finished. */
  scheduled(): ScheduledSource[];
  dispose(): void;
}
