/**
 * Where the engine gets a source's audio: the server's DAW media endpoint serves each clip source as a stream
 * already resampled to the project's rate and time-stretched for warped clips, in chunks of at most 4·R frames.
 */

/** Seconds of audio in one chunk: a chunk holds at most CHUNK_SECONDS · R frames. */
export const CHUNK_SECONDS = 4;

export function chunkFrames(rate: number): number {
  return CHUNK_SECONDS * rate;
}

/** One chunk of a stream, as planar stereo. */
export interface StereoChunk {
  left: Float32Array<ArrayBuffer>;
  right: Float32Array<ArrayBuffer>;
}

export interface ChunkRequest {
  projectId: string;
  /** The library track of the clip's source, and its stream: a stem name or 'mix'. */
  sourceTrackId: string;
  stream: string;
  rate: number;
  stretch: number;
  chunk: number;
}

/** Loads chunks; null means the stream has no such chunk (it ended before). */
export interface ChunkSource {
  load(request: ChunkRequest): Promise<StereoChunk | null>;
}

/** The stretch as the URL writes it: at most 6 decimals, no trailing zeros. */
export function formatStretch(stretch: number): string {
  return String(Number(stretch.toFixed(6)));
}

export function chunkUrl(r: ChunkRequest): string {
  const path = [r.projectId, 'sources', r.sourceTrackId, r.stream, 'chunks', r.chunk].map(encodeURIComponent);
  return `/media/daw/${path.join('/')}?rate=${r.rate}&stretch=${formatStretch(r.stretch)}`;
}

/** Interleaved float32 little-endian stereo (the media endpoint's body) to planar channels. */
export function deinterleave(bytes: ArrayBuffer): StereoChunk {
  const view = new DataView(bytes);
  const frames = Math.floor(bytes.byteLength / 8);
  const left = new Float32Array(frames);
  const right = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    left[i] = view.getFloat32(i * 8, true);
    right[i] = view.getFloat32(i * 8 + 4, true);
  }
  return { left, right };
}

/** The server's media endpoint (same origin, cookie auth). */
export class HttpChunkSource implements ChunkSource {
  async load(request: ChunkRequest): Promise<StereoChunk | null> {
    const response = await fetch(chunkUrl(request), { credentials: 'same-origin' });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`chunk ${chunkUrl(request)}: HTTP ${response.status}`);
    return deinterleave(await response.arrayBuffer());
  }
}
