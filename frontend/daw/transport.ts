import type { PlaybackEngine } from './audio/playback-engine';
import type { ProjectState } from './model/project-types';

/** Makes the audio engine of a project at a sample rate (`createPlaybackEngine` in the editor, a fake in tests). */
export type EngineFactory = (projectId: string, sampleRate: number) => PlaybackEngine;

/**
 * The editor's playback: the engine, made once the project is known and given the project as shown; play, stop,
 * seek and the metronome; the playhead while there is no engine. A failure to play becomes a message.
 *
 * An audio context's rate is fixed when it is made, so when the project's sample rate changes (here, in another
 * tab, by undo) the engine is made again at the new rate: playback stops, the playhead and metronome stay.
 */
export class Transport {
  private current: PlaybackEngine | null = null;
  private given: ProjectState | null = null;
  private stoppedAt = 0;
  private projectId = '';
  /** The rate the engine was made for (its context may run at another if the browser cannot). */
  private madeFor = 0;

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

  get loading(): boolean {
    return this.current?.loading ?? false;
  }

  /** The playhead (s): the engine's position, or where it was last put without an engine. */
  get position(): number {
    return this.current ? this.current.position : this.stoppedAt;
  }

  /** Makes the engine for the project unless there is one. */
  attach(projectId: string, state: ProjectState): void {
    if (!this.current && projectId) this.make(projectId, state.sampleRate);
  }

  /** Gives the engine the project it should play (a state already given is not given again). */
  follow(shown: ProjectState): void {
    if (this.current && shown.sampleRate !== this.madeFor) this.remake(this.current, shown.sampleRate);
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

  /** (Re)starts from wherever `where` says once the audio is ready: a follower keeping up with its leader. */
  playAlong(where: () => number): void {
    this.stoppedAt = Math.max(0, where());
    const engine = this.current;
    if (!engine) return;
    void engine.play(() => Math.max(0, where())).catch((e: Error) => this.tell(`Cannot play: ${e.message}`));
  }

  stop(): void {
    const engine = this.current;
    if (!engine?.playing) return;
    engine.stop();
    this.stoppedAt = engine.position;
  }

  toggleMetronome(): void {
    if (this.current) this.current.metronome = !this.current.metronome;
  }

  dispose(): void {
    this.current?.dispose();
    this.current = null;
    this.given = null;
  }

  private make(projectId: string, sampleRate: number): PlaybackEngine {
    const engine = this.create(projectId, sampleRate);
    this.current = engine;
    this.projectId = projectId;
    this.madeFor = sampleRate;
    this.given = null;
    return engine;
  }

  private remake(old: PlaybackEngine, sampleRate: number) {
    if (old.playing) this.tell('Playback stopped: the sample rate changed');
    old.stop();
    this.stoppedAt = old.position;
    this.dispose();
    const engine = this.make(this.projectId, sampleRate);
    engine.metronome = old.metronome;
    engine.seek(this.stoppedAt);
  }
}
