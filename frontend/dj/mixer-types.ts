import type { CrossfaderCurve } from './audio/curves';

/** MixerState JSON shared with Java. Gains linear (1 = 0 dB), EQ in dB −26..+6, filter −1 (LP) .. 0 (off) .. +1 (HP). */
export interface ChannelState {
  gain: number;
  eqLow: number;
  eqMid: number;
  eqHigh: number;
  killLow: boolean;
  killMid: boolean;
  killHigh: boolean;
  filter: number;
  fader: number;
}
export interface MixerState {
  crossfader: number;
  curve: CrossfaderCurve;
  master: number;
  channels: ChannelState[];
}
export type ChannelParam = keyof ChannelState;

export const CHANNEL_PARAMS: ChannelParam[] = [
  'gain',
  'eqLow',
  'eqMid',
  'eqHigh',
  'killLow',
  'killMid',
  'killHigh',
  'filter',
  'fader',
];

export function defaultChannel(): ChannelState {
  return {
    gain: 1,
    eqLow: 0,
    eqMid: 0,
    eqHigh: 0,
    killLow: false,
    killMid: false,
    killHigh: false,
    filter: 0,
    fader: 1,
  };
}

export function defaultMixerState(): MixerState {
  return { crossfader: 0, curve: 'power', master: 0.8, channels: [0, 1, 2, 3].map(defaultChannel) };
}

/** Merges a (partial) MixerState from Java over the current one. */
export function mergeMixerState(current: MixerState, incoming: Partial<MixerState>): MixerState {
  const channels = current.channels.map((c, i) => ({ ...c, ...(incoming.channels?.[i] ?? {}) }));
  return { ...current, ...incoming, channels };
}
