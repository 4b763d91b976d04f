import type { StereoChunk } from './chunk-source';
import { envelopeEvents } from './envelope';
import type { ClipSpan, Piece } from './piece-plan';
import type { ScheduledSource } from './playback-engine';

/** The Web Audio nodes made for one block of playback, kept to cancel them or let them go once played. */
export interface BlockNodes {
  sources: AudioScheduledSourceNode[];
  voices: AudioNode[];
  info: ScheduledSource[];
  /** Context time after which the block is silent. */
  endTime: number;
}

export function emptyBlock(endTime: number): BlockNodes {
  return { sources: [], voices: [], info: [], endTime };
}

/** Converts playback frames to context seconds: frame p plays at (startFrame + p) / rate. */
export interface Clock {
  rate: number;
  startFrame: number;
}

export function timeOf(clock: Clock, playFrame: number): number {
  return (clock.startFrame + playFrame) / clock.rate;
}

/**
 * One clip span as a voice: a GainNode carrying gain × fade(n) as automation, fed by one AudioBufferSourceNode per
 * piece. Each source plays a buffer holding exactly the piece's frames, started at the context time of its first
 * frame, so every source starts and ends on a frame without offset or duration rounding. A piece whose chunk is
 * missing (not loaded in time, or past the stream's end) stays silent.
 */
export function scheduleSpan(
  ctx: BaseAudioContext,
  clock: Clock,
  span: ClipSpan,
  chunkOf: (piece: Piece) => StereoChunk | null | undefined,
  output: AudioNode,
  into: BlockNodes,
): void {
  const voice = new GainNode(ctx, { gain: 0 });
  const frameTime = (n: number) => timeOf(clock, span.playFrame + n - span.fromClipFrame);
  for (const e of envelopeEvents(span.clip.frames, span.fromClipFrame, span.toClipFrame)) {
    if (e.kind === 'set') voice.gain.setValueAtTime(e.value, frameTime(e.frame));
    else voice.gain.setValueCurveAtTime(e.values, frameTime(e.frame), e.frames / clock.rate);
  }
  voice.connect(output);
  into.voices.push(voice);
  for (const piece of span.pieces) {
    const chunk = chunkOf(piece);
    const frames = chunk ? Math.min(piece.frames, chunk.left.length - piece.chunkOffset) : 0;
    if (!chunk || frames <= 0) continue;
    const buffer = new AudioBuffer({ numberOfChannels: 2, length: frames, sampleRate: clock.rate });
    buffer.copyToChannel(chunk.left.subarray(piece.chunkOffset, piece.chunkOffset + frames), 0);
    buffer.copyToChannel(chunk.right.subarray(piece.chunkOffset, piece.chunkOffset + frames), 1);
    const source = new AudioBufferSourceNode(ctx, { buffer });
    source.connect(voice);
    const when = timeOf(clock, piece.playFrame);
    source.start(when);
    into.sources.push(source);
    into.info.push({
      clipId: span.clip.clip.id,
      chunk: piece.chunk,
      when,
      offset: piece.chunkOffset / clock.rate,
      duration: frames / clock.rate,
    });
  }
}

/** Plays a ready-made buffer (a metronome click) at a playback frame. */
export function scheduleBuffer(
  ctx: BaseAudioContext,
  clock: Clock,
  buffer: AudioBuffer,
  playFrame: number,
  output: AudioNode,
  into: BlockNodes,
): void {
  const source = new AudioBufferSourceNode(ctx, { buffer });
  source.connect(output);
  source.start(timeOf(clock, playFrame));
  into.sources.push(source);
}

/** Stops what has not played yet (at `at`, or at once) and lets the nodes go. */
export function cancelBlock(block: BlockNodes, at = 0): void {
  for (const s of block.sources) s.stop(at);
  if (at === 0) releaseBlock(block);
}

export function releaseBlock(block: BlockNodes): void {
  for (const s of block.sources) s.disconnect();
  for (const v of block.voices) v.disconnect();
  block.sources.length = 0;
  block.voices.length = 0;
  block.info.length = 0;
}
