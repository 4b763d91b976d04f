import type { ProjectState } from '../model/project-types';
import type { BusLevel } from './playback-engine';
import { levelGain, soundingTracks } from './mix-rules';

/** How fast a live change of volume, pan or mute reaches its value, so it does not click. */
const SMOOTH_SECONDS = 0.005;

/** Sets a parameter: at once before playback (exact for offline renders), else with a short ramp. */
export function moveParam(ctx: BaseAudioContext, param: AudioParam, value: number, smooth: boolean): void {
  const t = ctx.currentTime;
  param.cancelScheduledValues(t);
  if (!smooth) {
    param.value = value;
    param.setValueAtTime(value, t);
    return;
  }
  param.setValueAtTime(param.value, t);
  param.linearRampToValueAtTime(value, t + SMOOTH_SECONDS);
}

/** Peak and RMS of an analyser's latest block, in dBFS. */
export class LevelMeter {
  readonly node: AnalyserNode;
  private readonly samples: Float32Array<ArrayBuffer>;

  constructor(ctx: BaseAudioContext) {
    this.node = new AnalyserNode(ctx, { fftSize: 2048, smoothingTimeConstant: 0 });
    this.samples = new Float32Array(this.node.fftSize);
  }

  level(): BusLevel {
    this.node.getFloatTimeDomainData(this.samples);
    let peak = 0;
    let sum = 0;
    for (const x of this.samples) {
      peak = Math.max(peak, Math.abs(x));
      sum += x * x;
    }
    return { peakDb: 20 * Math.log10(peak), rmsDb: 10 * Math.log10(sum / this.samples.length) };
  }
}

/** One track's bus: its clips' voices → volume → StereoPanner → mute/solo gain → master (and a level meter). */
export class TrackBus {
  readonly input: GainNode;
  private readonly panner: StereoPannerNode;
  private readonly sounding: GainNode;
  readonly meter: LevelMeter;

  constructor(
    private readonly ctx: BaseAudioContext,
    master: AudioNode,
  ) {
    this.input = new GainNode(ctx, { gain: 1 });
    this.panner = new StereoPannerNode(ctx, { pan: 0 });
    this.sounding = new GainNode(ctx, { gain: 1 });
    this.meter = new LevelMeter(ctx);
    this.input.connect(this.panner).connect(this.sounding).connect(master);
    this.sounding.connect(this.meter.node);
  }

  set(volumeDb: number, pan: number, sounding: boolean, smooth: boolean): void {
    moveParam(this.ctx, this.input.gain, levelGain(volumeDb), smooth);
    moveParam(this.ctx, this.panner.pan, pan, smooth);
    moveParam(this.ctx, this.sounding.gain, sounding ? 1 : 0, smooth);
  }

  dispose(): void {
    this.input.disconnect();
    this.panner.disconnect();
    this.sounding.disconnect();
  }
}

/**
 * The fixed part of the graph: a bus per track → master gain (masterDb) → transport gain (ramps for start, stop
 * and seek) → destination; the metronome joins after the master gain, so masterDb does not change it.
 */
export class MixerGraph {
  readonly master: GainNode;
  readonly transport: GainNode;
  readonly metronome: GainNode;
  readonly masterMeter: LevelMeter;
  private readonly buses = new Map<string, TrackBus>();

  constructor(private readonly ctx: BaseAudioContext) {
    this.master = new GainNode(ctx, { gain: 1 });
    this.transport = new GainNode(ctx, { gain: 0 });
    this.metronome = new GainNode(ctx, { gain: 1 });
    this.masterMeter = new LevelMeter(ctx);
    this.master.connect(this.transport).connect(ctx.destination);
    this.metronome.connect(this.transport);
    this.master.connect(this.masterMeter.node);
  }

  bus(trackId: string): TrackBus | undefined {
    return this.buses.get(trackId);
  }

  /** Follows the project: a bus per track with its volume, pan and mute/solo, and the master level. */
  update(state: ProjectState, smooth: boolean): void {
    const sounding = soundingTracks(state.tracks);
    const ids = new Set(state.tracks.map((t) => t.id));
    for (const [id, bus] of this.buses) {
      if (ids.has(id)) continue;
      bus.dispose();
      this.buses.delete(id);
    }
    for (const track of state.tracks) {
      let bus = this.buses.get(track.id);
      if (!bus) {
        bus = new TrackBus(this.ctx, this.master);
        this.buses.set(track.id, bus);
        bus.set(track.volumeDb, track.pan, sounding.has(track.id), false);
      } else {
        bus.set(track.volumeDb, track.pan, sounding.has(track.id), smooth);
      }
    }
    moveParam(this.ctx, this.master.gain, levelGain(state.masterDb), smooth);
  }

  levels(): Map<string, BusLevel> {
    const levels = new Map<string, BusLevel>();
    for (const [id, bus] of this.buses) levels.set(id, bus.meter.level());
    levels.set('master', this.masterMeter.level());
    return levels;
  }

  dispose(): void {
    for (const bus of this.buses.values()) bus.dispose();
    this.buses.clear();
    this.master.disconnect();
    this.metronome.disconnect();
    this.transport.disconnect();
  }
}
