import type { ProjectState } from '../model/project-types';
import { type ChunkSource, HttpChunkSource } from './chunk-source';
import { DawEngine } from './daw-engine';

/** How often the render pauses to schedule the next blocks (the engine schedules 1.5 s ahead). */
const STEP_SECONDS = 1;

/**
 * Renders timeline seconds [from, to) of a project to a stereo AudioBuffer at the project's rate, through the same
 * DawEngine as live playback: an OfflineAudioContext that suspends every STEP_SECONDS so the engine can load
 * chunks and schedule the next blocks. Output frame i is timeline frame round(from·R) + i.
 */
export async function renderOffline(
  state: ProjectState,
  projectId: string,
  from: number,
  to: number,
  chunkSource: ChunkSource = new HttpChunkSource(),
): Promise<AudioBuffer> {
  const rate = state.sampleRate;
  const length = Math.max(1, Math.round(to * rate) - Math.round(from * rate));
  const ctx = new OfflineAudioContext({ numberOfChannels: 2, length, sampleRate: rate });
  const engine = new DawEngine(ctx, projectId, chunkSource, { offline: true });
  let failure: unknown = null;
  try {
    engine.setProject(state);
    await engine.play(from);
    for (let t = STEP_SECONDS; t < length / rate; t += STEP_SECONDS) {
      void ctx.suspend(t).then(async () => {
        try {
          await engine.fill();
        } catch (error) {
          failure ??= error;
        }
        await ctx.resume();
      });
    }
    const rendered = await ctx.startRendering();
    if (failure !== null) throw failure;
    return rendered;
  } finally {
    engine.dispose();
  }
}
