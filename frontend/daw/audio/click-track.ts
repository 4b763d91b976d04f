import type { Meter } from '../model/project-types';
import { clickSamples, clicksIn } from './metronome';
import type { Segment } from './play-map';
import { type BlockNodes, type Clock, scheduleBuffer } from './voice';

/** The metronome's sound: accent and beat clicks played at the click frames of the segments scheduled. */
export class ClickTrack {
  private readonly accent: AudioBuffer;
  private readonly beat: AudioBuffer;

  constructor(
    private readonly ctx: BaseAudioContext,
    readonly rate: number,
    private readonly output: AudioNode,
  ) {
    this.accent = this.bufferOf(clickSamples(rate, true));
    this.beat = this.bufferOf(clickSamples(rate, false));
  }

  schedule(clock: Clock, segments: readonly Segment[], bpm: number, meter: Meter, into: BlockNodes): void {
    for (const seg of segments) {
      for (const click of clicksIn(bpm, meter, this.rate, seg.timelineFrame, seg.timelineFrame + seg.frames)) {
        const at = seg.playFrame + click.frame - seg.timelineFrame;
        scheduleBuffer(this.ctx, clock, click.accent ? this.accent : this.beat, at, this.output, into);
      }
    }
  }

  private bufferOf(samples: Float32Array<ArrayBuffer>): AudioBuffer {
    const buffer = new AudioBuffer({ numberOfChannels: 2, length: samples.length, sampleRate: this.rate });
    buffer.copyToChannel(samples, 0);
    buffer.copyToChannel(samples, 1);
    return buffer;
  }
}
