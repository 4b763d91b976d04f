/**
 * A DAW project's state and the operations that change it, exactly as the README's "DAW" section defines them
 * (the server's JSON). Times are seconds; a time becomes a frame of the project's rate as Math.round(t * rate).
 */

export type Meter = '4/4' | '3/4' | '6/8';
export type FadeCurve = 'linear' | 'exponential' | 'logarithmic' | 'scurve';
export type StemName = 'vocals' | 'drums' | 'bass' | 'other';

export interface LoopRegion {
  start: number;
  end: number;
}

export interface ProjectSettings {
  name: string;
  bpm: number;
  meter: Meter;
  sampleRate: 44100 | 48000;
  masterDb: number;
  loop: LoopRegion | null;
  loopOn: boolean;
}

export interface DawTrack {
  id: string;
  name: string;
  color: string;
  volumeDb: number;
  pan: number;
  mute: boolean;
  solo: boolean;
  order: number;
}

export interface ClipSource {
  trackId: string;
  stem: StemName | null;
  duration: number;
  bpm: number | null;
  firstBeat: number | null;
}

export interface DawClip {
  id: string;
  trackId: string;
  name: string;
  color: string;
  source: ClipSource;
  position: number;
  offset: number;
  length: number;
  gainDb: number;
  fadeIn: number;
  fadeInCurve: FadeCurve;
  fadeOut: number;
  fadeOutCurve: FadeCurve;
  mute: boolean;
  warp: boolean;
}

export interface DawMarker {
  id: string;
  name: string;
  position: number;
}

/** The whole project as the server sends it (`seq` = the last applied operation's sequence number). */
export interface ProjectState extends ProjectSettings {
  id: string;
  seq: number;
  tracks: DawTrack[];
  clips: DawClip[];
  markers: DawMarker[];
}

export type ObjectKind = 'track' | 'clip' | 'marker';

export type DawOp =
  | { op: 'add'; kind: 'track'; id: string; value: Partial<Omit<DawTrack, 'id'>> }
  | { op: 'add'; kind: 'clip'; id: string; value: Partial<Omit<DawClip, 'id'>> & Pick<DawClip, 'trackId' | 'source'> }
  | { op: 'add'; kind: 'marker'; id: string; value: Partial<Omit<DawMarker, 'id'>> }
  | { op: 'set'; kind: 'project'; prop: keyof ProjectSettings; value: unknown }
  | { op: 'set'; kind: ObjectKind; id: string; prop: string; value: unknown }
  | { op: 'delete'; kind: ObjectKind; id: string };

/** One gesture's operations: applied all or none, one undo step. `id` is made by the client (a UUID). */
export interface OpBatch {
  id: string;
  ops: DawOp[];
}

/** An applied batch as the server publishes it on `daw:project:{id}`: operations numbered `from`..`seq`. */
export interface AppliedBatch {
  batch: string;
  actor: { id: string; name: string };
  origin: string | null;
  from: number;
  seq: number;
  ops: DawOp[];
}

/** The stream the server's media endpoints serve for a clip's source: its stem, or 'mix' for the track's audio. */
export function streamName(source: ClipSource): string {
  return source.stem ?? 'mix';
}

/**
 * How much faster than recorded a clip's source plays at the project's tempo (1 when not warped), rounded to 6
 * decimals exactly as the server rounds it, so both ask for and mix the same stream.
 */
export function stretchOf(clip: DawClip, projectBpm: number): number {
  const bpm = clip.source.bpm;
  if (!clip.warp || bpm === null || bpm <= 0) return 1;
  return Math.round(Math.max(0.25, Math.min(4, projectBpm / bpm)) * 1e6) / 1e6;
}
