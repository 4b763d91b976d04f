import type { PlaybackEngine } from './audio/playback-engine';
import type { ProjectState } from './model/project-types';

/** Makes the audio engine of a project at a sample rate (`createPlaybackEngine` in the editor, a fake in tests). */
export type EngineFactory = (projectId: string, sampleRate: number) => PlaybackEngine;

/**
 * The editor's playback: the engine, made once the project is known and given the project as shown; play, stop,
 * seek and the metronome; the playhead while there is no engine. A failure to play becomes a message.
 */
export class Transport {
  private current: PlaybackEngine | null = null;
  private given: ProjectState | null = null;
  private stoppedAt = 0;

  constructor(
    private readonly create: EngineFactory,
    private readonly tell: (message: string) => void,
  ) {}

  get engine(): PlaybackEngine | null {
    return this.current;
  }

  get playing(): boolean {
    return this.current?.playing ?? false;
  }

  /** The playhead (s): the engine's position, or where it was last put without an engine. */
  get position(): number {
    return this.current ? this.current.position : this.stoppedAt;
  }

  /** Makes the engine for the project unless there is one. */
  attach(projectId: string, state: ProjectState): void {
    if (!this.current && projectId) this.current = this.create(projectId, state.sampleRate);
  }

  /** Gives the engine the project it should play (a state already given is not given again). */
  follow(shown: ProjectState): void {
    if (this.current && shown !== this.given) {
      this.current.setProject(shown);
      this.given = shown;
    }
  }

  seek(t: number): void {
    this.stoppedAt = Math.max(0, t);
    this.current?.seek(this.stoppedAt);
  }

  togglePlay(): void {
    const engine = this.current;
    if (!engine) return this.tell('Playback is not available here');
    if (engine.playing) {
      engine.stop();
      this.stoppedAt = engine.position;
    } else {
      void engine.play(this.position).catch((e: Error) => this.tell(`Cannot play: ${e.message}`));
    }
  }

  toggleMetronome(): void {
    if (this.current) this.current.metronome = !this.current.metronome;
  }

  dispose(): void {
    this.current?.dispose();
    this.current = null;
    this.given = null;
  }
}
