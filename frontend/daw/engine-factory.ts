import type { PlaybackEngine } from './audio/playback-engine';
// The audio engine is on another branch (daw-fe-engine: ./audio/daw-engine.ts and ./audio/test-hooks.ts). Once
// merged, the integrator replaces the body below with:
//   import { createDawAudioContext, DawEngine } from './audio/daw-engine';
//   import { installDawTestHooks } from './audio/test-hooks';
//   installDawTestHooks();
//   return new DawEngine(createDawAudioContext(sampleRate), projectId);

/**
 * The one place the editor gets its audio engine from, made once the project (and so its rate) is loaded. Null
 * while no engine is built in: the editor then edits and shows its playhead, but play and metronome are disabled.
 */
export function createPlaybackEngine(projectId: string, sampleRate: number): PlaybackEngine | null {
  void projectId;
  void sampleRate;
  return null;
}
