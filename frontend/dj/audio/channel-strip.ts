import { channelCrossfaderGain, type CrossfaderCurve, eqBandGain, faderGain, filterSetting } from './curves';
import { rampParam, setParam } from './params';

/** Butterworth Q for Web Audio low/high-pass biquads, whose Q is given in dB: 20·log10(1/√2). */
export const BUTTERWORTH_Q_DB = -3.0103;
/** Resonance of the one-knob filter (dB, Web Audio low/high-pass convention). */
export const FILTER_Q_DB = 1;

export type Band = 'low' | 'mid' | 'high';

/**
 * One mixer channel: trim → 3-band EQ → one-knob filter → channel fader → crossfader gain → (engine master).
 *
 * The EQ splits with Linkwitz–Riley 4th-order crossovers (two cascaded Butterworth biquads) at 250 Hz and 2.5 kHz:
 * low = LP250² · AP2500, mid = HP250² · LP2500², high = HP250² · HP2500². The 2nd-order all-pass AP2500 (Q 1/√2)
 * equals LP2500² + HP2500², so at 0 dB the bands sum to AP250 · AP2500: flat magnitude. A kill sets its band's
 * GainNode to 0. The filter is bypassed as a low-pass at Nyquist, which is an exact pass-through.
 */
export class ChannelStrip {
  readonly input: GainNode;
  readonly bands: Record<Band, GainNode>;
  readonly filter: BiquadFilterNode;
  readonly fader: GainNode;
  readonly crossfader: GainNode;
  private readonly eq = { low: 0, mid: 0, high: 0 };
  private readonly kills = { low: false, mid: false, high: false };
  lastCallAt = 0;

  constructor(
    private readonly ctx: BaseAudioContext,
    readonly channel: number,
    destination: AudioNode,
  ) {
    const biquad = (type: BiquadFilterType, frequency: number, q: number) =>
      new BiquadFilterNode(ctx, { type, frequency, Q: q });
    const chain = (nodes: AudioNode[]) => {
      for (let i = 1; i < nodes.length; i++) nodes[i - 1].connect(nodes[i]);
      return nodes[nodes.length - 1];
    };
    this.input = new GainNode(ctx, { gain: 1 });
    const sum = new GainNode(ctx, { gain: 1 });
    this.bands = { low: new GainNode(ctx), mid: new GainNode(ctx), high: new GainNode(ctx) };
    const q = BUTTERWORTH_Q_DB;
    chain([
      this.input,
      biquad('lowpass', 250, q),
      biquad('lowpass', 250, q),
      biquad('allpass', 2500, Math.SQRT1_2),
      this.bands.low,
      sum,
    ]);
    const rest = chain([this.input, biquad('highpass', 250, q), biquad('highpass', 250, q)]);
    chain([rest, biquad('lowpass', 2500, q), biquad('lowpass', 2500, q), this.bands.mid, sum]);
    chain([rest, biquad('highpass', 2500, q), biquad('highpass', 2500, q), this.bands.high, sum]);
    this.filter = biquad('lowpass', ctx.sampleRate / 2, FILTER_Q_DB);
    this.fader = new GainNode(ctx, { gain: 1 });
    this.crossfader = new GainNode(ctx, { gain: 1 });
    chain([sum, this.filter, this.fader, this.crossfader, destination]);
  }

  setTrim(gain: number) {
    this.lastCallAt = rampParam(this.ctx, this.input.gain, Math.max(0, Math.min(2, gain)));
  }

  setEq(band: Band, db: number) {
    this.eq[band] = db;
    this.lastCallAt = rampParam(this.ctx, this.bands[band].gain, eqBandGain(db, this.kills[band]));
  }

  setKill(band: Band, kill: boolean) {
    this.kills[band] = kill;
    this.lastCallAt = rampParam(this.ctx, this.bands[band].gain, eqBandGain(this.eq[band], kill), 0.002);
  }

  setFilter(value: number) {
    const s = filterSetting(value);
    const type: BiquadFilterType = s.type === 'highpass' ? 'highpass' : 'lowpass';
    const frequency = s.type === 'bypass' ? this.ctx.sampleRate / 2 : s.frequency;
    if (this.filter.type !== type) {
      this.filter.type = type;
      setParam(this.ctx, this.filter.frequency, frequency);
      this.lastCallAt = performance.now();
    } else {
      this.lastCallAt = rampParam(this.ctx, this.filter.frequency, frequency, 0.01);
    }
  }

  setFader(fader: number) {
    this.lastCallAt = rampParam(this.ctx, this.fader.gain, faderGain(fader));
  }

  setCrossfader(position: number, curve: CrossfaderCurve) {
    this.lastCallAt = rampParam(this.ctx, this.crossfader.gain, channelCrossfaderGain(this.channel, position, curve));
  }

  /** Current values read back from the AudioParams. */
  snapshot() {
    const bypass = this.filter.type === 'lowpass' && this.filter.frequency.value >= this.ctx.sampleRate / 2 - 1;
    return {
      gain: this.input.gain.value,
      bandGains: { low: this.bands.low.gain.value, mid: this.bands.mid.gain.value, high: this.bands.high.gain.value },
      filter: { type: bypass ? 'bypass' : this.filter.type, frequency: this.filter.frequency.value },
      fader: this.fader.gain.value,
      crossfaderGain: this.crossfader.gain.value,
    };
  }
}
