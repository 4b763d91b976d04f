import type { DawClip, DawTrack, ProjectState } from '../../../../../frontend/daw/model/project-types';

/** Small project states for the engine's tests. */
export function track(id: string, props: Partial<DawTrack> = {}): DawTrack {
  return { id, name: id, color: '#e06c75', volumeDb: 0, pan: 0, mute: false, solo: false, order: 1, ...props };
}

export function clip(id: string, props: Partial<DawClip> = {}): DawClip {
  return {
    id,
    trackId: 't1',
    name: id,
    color: '#e06c75',
    source: { trackId: 'lib1', stem: null, duration: 600, bpm: 120, firstBeat: 0 },
    position: 0,
    offset: 0,
    length: 1,
    gainDb: 0,
    fadeIn: 0,
    fadeInCurve: 'linear',
    fadeOut: 0,
    fadeOutCurve: 'linear',
    mute: false,
    warp: false,
    ...props,
  };
}

export function project(props: Partial<ProjectState> = {}): ProjectState {
  return {
    id: 'p1',
    seq: 1,
    name: 'Test',
    bpm: 120,
    meter: '4/4',
    sampleRate: 48000,
    masterDb: 0,
    loop: null,
    loopOn: false,
    tracks: [track('t1')],
    clips: [],
    markers: [],
    ...props,
  };
}

export const close = (actual: number, expected: number, tolerance = 1e-12, what = '') => {
  if (!(Math.abs(actual - expected) <= tolerance)) throw new Error(`${what} ${actual} is not ${expected}`);
};
