import type {
  DawClip,
  DawMarker,
  DawOp,
  DawTrack,
  ObjectKind,
  OpBatch,
  ProjectSettings,
  ProjectState,
} from './project-types';
import { stretchOf } from './project-types';

/**
 * Applies operations to a project's state with the README's rules ("DAW": operations, value ranges, limits), so the
 * browser refuses locally what the server would refuse. Nothing is mutated: every call returns a new state that
 * shares the objects it did not change.
 */

export const MAX_TIME = 86_400;
export const MAX_TRACKS = 128;
export const MAX_CLIPS = 20_000;
export const MAX_MARKERS = 1_000;
export const SILENCE_DB = -96;
const CURVES = ['linear', 'exponential', 'logarithmic', 'scurve'];
const STEMS = [null, 'vocals', 'drums', 'bass', 'other'];
const METERS = ['4/4', '3/4', '6/8'];

/** An operation the rules refuse; `message` says which and why. */
export class OpRefused extends Error {}

function refuse(op: DawOp, reason: string): never {
  const what = op.kind === 'project' ? 'project' : `${op.kind} ${'id' in op ? op.id : ''}`;
  throw new OpRefused(`${op.op} ${what}${'prop' in op ? `.${op.prop}` : ''}: ${reason}`);
}

type Check = (v: unknown) => string | null;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const range =
  (lo: number, hi: number): Check =>
  (v) =>
    finite(v) && v >= lo && v <= hi ? null : `must be a number in ${lo} … ${hi}`;
const time: Check = range(0, MAX_TIME);
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const name: Check = (v) =>
  typeof v === 'string' && v.length >= 1 && v.length <= 100 ? null : 'must be 1–100 characters';
const color: Check = (v) => (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v) ? null : 'must be #rrggbb');
const oneOf =
  (values: unknown[]): Check =>
  (v) =>
    values.includes(v) ? null : `must be one of ${values.join(', ')}`;
const anyFinite: Check = (v) => (finite(v) ? null : 'must be a finite number');
const loop: Check = (v) => {
  if (v === null) return null;
  if (typeof v !== 'object') return 'must be null or {start, end}';
  const { start, end } = v as { start: unknown; end: unknown };
  if (time(start) || time(end)) return `start and end ${time(start) ?? time(end)}`;
  return (start as number) < (end as number) ? null : 'start must be before end';
};

const PROJECT_CHECKS: Record<keyof ProjectSettings, Check> = {
  name,
  bpm: range(20, 999),
  meter: oneOf(METERS),
  sampleRate: oneOf([44100, 48000]),
  masterDb: range(SILENCE_DB, 6),
  loop,
  loopOn: bool,
};
const TRACK_CHECKS: Record<Exclude<keyof DawTrack, 'id'>, Check> = {
  name,
  color,
  volumeDb: range(SILENCE_DB, 6),
  pan: range(-1, 1),
  mute: bool,
  solo: bool,
  order: anyFinite,
};
const CLIP_CHECKS: Record<Exclude<keyof DawClip, 'id' | 'trackId' | 'source'>, Check> = {
  name,
  color,
  position: time,
  offset: time,
  length: range(0.001, MAX_TIME),
  gainDb: range(-60, 12),
  fadeIn: time,
  fadeInCurve: oneOf(CURVES),
  fadeOut: time,
  fadeOutCurve: oneOf(CURVES),
  mute: bool,
  warp: bool,
};
const MARKER_CHECKS: Record<Exclude<keyof DawMarker, 'id'>, Check> = { name, position: time };

/** The colour the server gives an added track or clip that names none. */
export const DEFAULT_COLOR = '#4a90d9';
const CLIP_DEFAULTS = {
  name: 'Clip',
  color: DEFAULT_COLOR,
  position: 0,
  offset: 0,
  gainDb: 0,
  fadeIn: 0,
  fadeInCurve: 'linear',
  fadeOut: 0,
  fadeOutCurve: 'linear',
  mute: false,
  warp: false,
} as const;

const LISTS = { track: 'tracks', clip: 'clips', marker: 'markers' } as const;

/** Applies one operation; throws OpRefused with the reason when the README's rules refuse it. */
export function applyOp(state: ProjectState, op: DawOp): ProjectState {
  return applyBatch(state, { id: '', ops: [op] });
}

/** Applies a batch all or none: each operation is checked against the state the ones before it left. */
export function applyBatch(state: ProjectState, batch: OpBatch): ProjectState {
  const draft: ProjectState = { ...state };
  const copied = new Set<string>();
  for (const op of batch.ops) applyTo(draft, op, copied);
  return draft;
}

/** The list of one kind, copied once per batch before the first change. */
function listOf(draft: ProjectState, kind: ObjectKind, copied: Set<string>): { id: string }[] {
  const key = LISTS[kind];
  if (!copied.has(key)) {
    (draft as unknown as Record<string, unknown[]>)[key] = [...draft[key]];
    copied.add(key);
  }
  return draft[key];
}

function applyTo(draft: ProjectState, op: DawOp, copied: Set<string>) {
  if (op.kind === 'project') {
    if (op.op !== 'set') refuse(op, 'the project can only be set');
    const check = PROJECT_CHECKS[op.prop as keyof ProjectSettings];
    if (!check) refuse(op, 'no such property');
    const problem = check(op.value);
    if (problem) refuse(op, problem);
    (draft as unknown as Record<string, unknown>)[op.prop] = copyValue(op.value);
    return;
  }
  if (!(op.kind in LISTS)) refuse(op, 'unknown kind');
  const list = listOf(draft, op.kind, copied);
  const index = list.findIndex((o) => o.id === op.id);
  if (op.op === 'add') {
    if (typeof op.id !== 'string' || !op.id) refuse(op, 'an id is required');
    if (index >= 0) refuse(op, 'already exists');
    list.push(created(draft, op));
    return;
  }
  if (index < 0) refuse(op, 'no such object');
  if (op.op === 'delete') {
    list.splice(index, 1);
    if (op.kind === 'track') draft.clips = draft.clips.filter((c) => c.trackId !== op.id);
    return;
  }
  if (op.op !== 'set') refuse(op, 'unknown operation');
  const changed = { ...list[index], [op.prop]: copyValue(op.value) } as Record<string, unknown>;
  checkProp(draft, op, op.kind, op.prop, op.value);
  if (op.kind === 'clip' && ['offset', 'length', 'warp'].includes(op.prop)) {
    checkSpan(op, changed as unknown as DawClip, draft.bpm);
  }
  list[index] = changed as unknown as { id: string };
}

function checkProp(draft: ProjectState, op: DawOp, kind: ObjectKind, prop: string, value: unknown) {
  if (kind === 'clip' && prop === 'trackId') {
    if (!draft.tracks.some((t) => t.id === value)) refuse(op, 'no such track');
    return;
  }
  if (kind === 'clip' && prop === 'source') {
    // only the server sets it, when the source's beat grid was edited: the same source with another tempo
    const problem = retempo(draft, op, value);
    if (problem) refuse(op, problem);
    return;
  }
  const checks: Record<string, Check> = kind === 'track' ? TRACK_CHECKS : kind === 'clip' ? CLIP_CHECKS : MARKER_CHECKS;
  if (prop === 'id' || !Object.hasOwn(checks, prop)) refuse(op, 'no such property');
  const problem = checks[prop](value);
  if (problem) refuse(op, problem);
}

const MAX_SOURCE_FACT = 100_000;
const sourceBpm = (v: unknown) => v === null || (finite(v) && v > 0 && v <= MAX_SOURCE_FACT);
// a track whose first beat is its first sample has firstBeat 0
const sourceFirstBeat = (v: unknown) => v === null || (finite(v) && v >= 0 && v <= MAX_SOURCE_FACT);

function retempo(draft: ProjectState, op: DawOp, value: unknown): string | null {
  const now = draft.clips.find((c) => c.id === (op as { id: string }).id)?.source;
  const next = value as DawClip['source'] | null;
  if (!now || !next || typeof next !== 'object') return 'must be the clip’s source';
  if (next.trackId !== now.trackId || next.stem !== now.stem || next.duration !== now.duration) {
    return 'only a source’s bpm and firstBeat change';
  }
  if (!sourceBpm(next.bpm)) return 'bpm must be null or positive';
  return sourceFirstBeat(next.firstBeat) ? null : 'firstBeat must be null or a time in the source';
}

function checkSpan(op: DawOp, clip: DawClip, projectBpm: number) {
  if (clip.warp && clip.source.bpm === null) refuse(op, 'warp needs a source with a tempo');
  const end = clip.offset + clip.length * stretchOf(clip, projectBpm);
  if (end > clip.source.duration + 0.001) refuse(op, 'the clip would read past the end of its source');
}

function created(draft: ProjectState, op: Extract<DawOp, { op: 'add' }>): { id: string } {
  const value = op.value as Record<string, unknown>;
  if (op.kind === 'track') {
    const n = draft.tracks.length;
    if (n >= MAX_TRACKS) refuse(op, `a project holds at most ${MAX_TRACKS} tracks`);
    const defaults = { name: `Track ${n + 1}`, color: DEFAULT_COLOR, volumeDb: 0, pan: 0, mute: false, solo: false };
    return withChecked(draft, op, { ...defaults, order: n + 1 }, value);
  }
  if (op.kind === 'marker') {
    if (draft.markers.length >= MAX_MARKERS) refuse(op, `a project holds at most ${MAX_MARKERS} markers`);
    return withChecked(draft, op, { name: `Marker ${draft.markers.length + 1}`, position: 0 }, value);
  }
  if (draft.clips.length >= MAX_CLIPS) refuse(op, `a project holds at most ${MAX_CLIPS} clips`);
  const source = value.source as DawClip['source'] | undefined;
  if (!source || typeof source !== 'object' || typeof source.trackId !== 'string' || !STEMS.includes(source.stem)) {
    refuse(op, 'a clip needs a source {trackId, stem}');
  }
  if (!finite(source.duration) || source.duration <= 0) refuse(op, 'the source’s duration is unknown');
  const defaults = { ...CLIP_DEFAULTS, length: Math.max(0.001, source.duration), source: { ...source } };
  const { source: _given, ...rest } = value;
  const clip = withChecked(draft, op, defaults, rest) as unknown as DawClip;
  checkSpan(op, clip, draft.bpm);
  return clip;
}

function withChecked(
  draft: ProjectState,
  op: DawOp,
  defaults: Record<string, unknown>,
  value: Record<string, unknown>,
): { id: string } {
  const object: Record<string, unknown> = { ...defaults };
  const id = (op as { id: string }).id;
  for (const [prop, v] of Object.entries(value)) {
    if (prop === 'id') {
      // the server publishes added objects whole, id included
      if (v !== id) refuse(op, 'the value’s id differs from the operation’s');
      continue;
    }
    checkProp(draft, op, op.kind as ObjectKind, prop, v);
    object[prop] = copyValue(v);
  }
  if (op.kind === 'clip' && !('trackId' in value)) refuse(op, 'a clip needs a trackId');
  object.id = id;
  return object as { id: string };
}

/** Values in operations are plain JSON; objects (a loop region) are copied so no two states share them. */
function copyValue<T>(value: T): T {
  return value !== null && typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as T) : value;
}
