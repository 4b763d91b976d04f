import { applyBatch } from '../../../../../frontend/daw/model/apply-op';
import type {
  AppliedBatch,
  DawClip,
  DawOp,
  OpBatch,
  ProjectState,
} from '../../../../../frontend/daw/model/project-types';

/** A small project: two tracks, three clips (one on a warpable source), one marker. */
export function project(): ProjectState {
  const source = (trackId: string, bpm: number | null) => ({ trackId, stem: null, duration: 60, bpm, firstBeat: 0 });
  const clip = (id: string, trackId: string, position: number, bpm: number | null): DawClip => ({
    id,
    trackId,
    name: id,
    color: '#336699',
    source: source(`lib-${id}`, bpm),
    position,
    offset: 0,
    length: 10,
    gainDb: 0,
    fadeIn: 0,
    fadeInCurve: 'linear',
    fadeOut: 0,
    fadeOutCurve: 'linear',
    mute: false,
    warp: false,
  });
  return {
    id: 'p1',
    seq: 0,
    name: 'Test',
    bpm: 120,
    meter: '4/4',
    sampleRate: 48000,
    masterDb: 0,
    loop: null,
    loopOn: false,
    tracks: [
      { id: 't1', name: 'Drums', color: '#e06c75', volumeDb: 0, pan: 0, mute: false, solo: false, order: 1 },
      { id: 't2', name: 'Bass', color: '#61afef', volumeDb: -3, pan: 0.2, mute: false, solo: false, order: 2 },
    ],
    clips: [clip('c1', 't1', 0, 120), clip('c2', 't1', 12, null), clip('c3', 't2', 4, 100)],
    markers: [{ id: 'm1', name: 'Drop', position: 16 }],
  };
}

/** A deterministic pseudo-random source (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let counter = 0;
export const newId = () => `id-${++counter}`;

/** One random operation that the rules accept on `state`, or null when the pick did not fit. */
export function randomOp(state: ProjectState, rnd: () => number): DawOp | null {
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(rnd() * list.length)];
  const track = pick(state.tracks);
  const clip = pick(state.clips);
  const marker = pick(state.markers);
  switch (Math.floor(rnd() * 12)) {
    case 0:
      return { op: 'add', kind: 'track', id: newId(), value: { name: 'New', color: '#112233', order: rnd() * 10 } };
    case 1:
      return track ? { op: 'delete', kind: 'track', id: track.id } : null;
    case 2:
      return track ? { op: 'set', kind: 'track', id: track.id, prop: 'volumeDb', value: -rnd() * 90 } : null;
    case 3:
      return track
        ? {
            op: 'add',
            kind: 'clip',
            id: newId(),
            value: {
              trackId: track.id,
              source: { trackId: 'lib', stem: 'drums', duration: 30, bpm: null, firstBeat: null },
              position: rnd() * 100,
              length: 1 + rnd() * 20,
            },
          }
        : null;
    case 4:
      return clip ? { op: 'set', kind: 'clip', id: clip.id, prop: 'position', value: rnd() * 50 } : null;
    case 5:
      return clip && track ? { op: 'set', kind: 'clip', id: clip.id, prop: 'trackId', value: track.id } : null;
    case 6:
      return clip ? { op: 'delete', kind: 'clip', id: clip.id } : null;
    case 7:
      return { op: 'set', kind: 'project', prop: 'loop', value: { start: rnd() * 4, end: 5 + rnd() * 4 } };
    case 8:
      return { op: 'set', kind: 'project', prop: 'bpm', value: 60 + Math.round(rnd() * 100) };
    case 9:
      return { op: 'add', kind: 'marker', id: newId(), value: { name: 'M', position: rnd() * 40 } };
    case 10:
      return marker ? { op: 'delete', kind: 'marker', id: marker.id } : null;
    default:
      return clip ? { op: 'set', kind: 'clip', id: clip.id, prop: 'gainDb', value: -rnd() * 20 } : null;
  }
}

/** A random batch of 1–6 operations that applies to `state`. */
export function randomBatch(state: ProjectState, rnd: () => number): OpBatch {
  const ops: DawOp[] = [];
  let current = state;
  const wanted = 1 + Math.floor(rnd() * 6);
  for (let tries = 0; ops.length < wanted && tries < 50; tries++) {
    const op = randomOp(current, rnd);
    if (!op) continue;
    try {
      current = applyBatch(current, { id: '', ops: [op] });
      ops.push(op);
    } catch {
      // a pick the rules refuse (e.g. a span past the source): try another
    }
  }
  return { id: newId(), ops };
}

/** A server that applies batches all or none, in arrival order, and numbers them. */
export class SimulatedServer {
  constructor(public state: ProjectState) {}

  accept(batch: OpBatch, origin: string): AppliedBatch | string {
    try {
      const from = this.state.seq + 1;
      const seq = this.state.seq + batch.ops.length;
      this.state = { ...applyBatch(this.state, batch), seq };
      return { batch: batch.id, actor: { id: 'u', name: 'U' }, origin, from, seq, ops: batch.ops };
    } catch (e) {
      return (e as Error).message;
    }
  }
}

/** The state without its sequence number, with tracks, clips and markers in id order (what convergence compares). */
export function content(state: ProjectState) {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...state, seq: 0, tracks: byId(state.tracks), clips: byId(state.clips), markers: byId(state.markers) };
}
