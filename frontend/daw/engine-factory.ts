import type { PlaybackEngine } from './audio/playback-engine';
import { createDawAudioContext, DawEngine } from './audio/daw-engine';
import { installDawTestHooks } from './audio/test-hooks';

installDawTestHooks();

/** The one place the editor gets its audio engine from, made once the project (and so its rate) is loaded. */
export function createPlaybackEngine(projectId: string, sampleRate: number): PlaybackEngine {
  return new DawEngine(createDawAudioContext(sampleRate), projectId);
}
