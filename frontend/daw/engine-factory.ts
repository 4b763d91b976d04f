import type { PlaybackEngine } from './audio/playback-engine';
// The audio engine lands in ./audio/daw-engine.ts (another branch). The integrator replaces the body below with:
//   import { DawEngine, installDawTestHooks } from './audio/daw-engine';
//   installDawTestHooks();
//   return new DawEngine(new AudioContext(), projectId);

/**
 * The one place the editor gets its audio engine from. Null while no engine is built in: the editor then edits
 * and shows its playhead, but transport keys do nothing.
 */
export function createPlaybackEngine(projectId: string): PlaybackEngine | null {
  void projectId;
  return null;
}
