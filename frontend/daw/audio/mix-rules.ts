import type { DawClip, DawTrack, FadeCurve, ProjectState } from '../model/project-types';
import { stretchOf } from '../model/project-types';

/**
 * The README's "Mixing rules" as pure functions of the project state, in integer frames of the project's rate R.
 * The server's renderer follows the same rules; DawRenderParityTest checks that both agree.
 */

/** A track's or the master's level: 10^(dB/20), and silence at −96 dB. */
export function levelGain(db: number): number {
  return db <= -96 ? 0 : 10 ** (db / 20);
}

/** A clip's gain (−60 … +12 dB, never silent). */
export function clipGain(db: number): number {
  return 10 ** (db / 20);
}

/** A fade curve rising from 0 to 1 on u ∈ [0, 1]. */
export function fadeCurve(curve: FadeCurve, u: number): number {
  switch (curve) {
    case 'linear':
      return u;
    case 'exponential':
      return (2 ** (10 * u) - 1) / 1023;
    case 'logarithmic':
      return Math.log2(1 + 1023 * u) / 10;
    case 'scurve':
      return (1 - Math.cos(Math.PI * u)) / 2;
  }
}

/** Where a clip sits in frames: at timeline frame P + n it plays stream frame O + n, for 0 ≤ n < N. */
export interface ClipFrames {
  position: number;
  length: number;
  /** The first stream frame (O). */
  streamOffset: number;
  fadeIn: number;
  fadeOut: number;
  fadeInCurve: FadeCurve;
  fadeOutCurve: FadeCurve;
  /** The clip's gain as a factor. */
  gain: number;
  /** The stretch ratio s of its stream. */
  stretch: number;
}

export function clipFrames(clip: DawClip, bpm: number, rate: number): ClipFrames {
  const stretch = stretchOf(clip, bpm);
  const length = Math.round(clip.length * rate);
  const fadeIn = Math.min(Math.round(clip.fadeIn * rate), length);
  return {
    position: Math.round(clip.position * rate),
    length,
    streamOffset: Math.round((clip.offset * rate) / stretch),
    fadeIn,
    fadeOut: Math.min(Math.round(clip.fadeOut * rate), length - fadeIn),
    fadeInCurve: clip.fadeInCurve,
    fadeOutCurve: clip.fadeOutCurve,
    gain: clipGain(clip.gainDb),
    stretch,
  };
}

/** fade(n) of the README: the fade-in, the fade-out, 1 between them (without the clip's gain). */
export function fadeAt(clip: ClipFrames, n: number): number {
  if (n < clip.fadeIn) return fadeCurve(clip.fadeInCurve, n / clip.fadeIn);
  if (n >= clip.length - clip.fadeOut) return fadeCurve(clip.fadeOutCurve, (clip.length - n) / clip.fadeOut);
  return 1;
}

/**
 * The equal-power pan law of Web Audio's StereoPannerNode for stereo input (what the engine's panner does; the
 * server's renderer implements the same), returning [L', R'].
 */
export function panStereo(pan: number, left: number, right: number): [number, number] {
  if (pan <= 0) {
    const x = ((pan + 1) * Math.PI) / 2;
    return [left + right * Math.cos(x), right * Math.sin(x)];
  }
  const x = (pan * Math.PI) / 2;
  return [left * Math.cos(x), right + left * Math.sin(x)];
}

/** A track sounds when it is not muted and either no track is soloed or it is. */
export function soundingTracks(tracks: readonly DawTrack[]): Set<string> {
  const anySolo = tracks.some((t) => t.solo);
  return new Set(tracks.filter((t) => !t.mute && (!anySolo || t.solo)).map((t) => t.id));
}

/** The clips that add to the mix: not muted, on a sounding track. */
export function audibleClips(state: ProjectState): DawClip[] {
  const sounding = soundingTracks(state.tracks);
  return state.clips.filter((c) => !c.mute && sounding.has(c.trackId));
}
