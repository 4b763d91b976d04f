import type { PlaybackEngine } from './audio/playback-engine';
import { createDawAudioContext, DawEngine } from './audio/daw-engine';
import { installDawTestHooks } from './audio/test-hooks';

installDawTestHooks();

/** The editor's engine owns its live context (a render's engine does not): disposing it closes the context too. */
class LiveDawEngine extends DawEngine {
  constructor(
    private readonly context: AudioContext,
    projectId: string,
  ) {
    super(context, projectId);
  }

  dispose(): void {
    super.dispose();
    void this.context.close();
  }
}

/**
 * The one place the editor gets its audio engine from, made once the project (and so its rate) is loaded, and
 * made again when the project's rate changes (a context's rate is fixed when it is made).
 */
export function createPlaybackEngine(projectId: string, sampleRate: number): PlaybackEngine {
  return new LiveDawEngine(createDawAudioContext(sampleRate), projectId);
}
