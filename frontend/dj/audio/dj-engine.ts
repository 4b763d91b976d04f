import { ChannelStrip } from './channel-strip';
import { type CrossfaderCurve, masterGain } from './curves';
import { deckProcessorModule } from './deck-processor';
import { rampParam } from './params';

/** What a deck shares with the other decks on the page (for sync). Times in seconds. */
export interface DeckPeer {
  readonly deck: number;
  /** null when nothing is loaded. */
  syncInfo(): { bpm: number; tempoPercent: number; beats: number[]; position: number; playing: boolean } | null;
  /** Called when another deck's tempo changed, so a synced deck can follow. */
  peerTempoChanged(from: number): void;
}

/**
 * One AudioContext and one mixer graph for every deck and mixer on the page: four ChannelStrips (deck n feeds
 * strip n) → master gain → AnalyserNode (level meter) → destination. Created lazily, only in "dj" mode, so
 * spectator pages never open an AudioContext. Decks register here to find each other for sync without Java.
 *
 * `lastAudioCallAt` is `performance.now()` at the most recent Web Audio call made for a user action (worklet
 * postMessage or AudioParam.setValueAtTime); the local-reaction benchmark reads it.
 */
export class DjEngine {
  private static instance: DjEngine | null = null;
  readonly ctx: AudioContext;
  readonly ready: Promise<void>;
  readonly master: GainNode;
  readonly analyser: AnalyserNode;
  readonly strips: ChannelStrip[];
  crossfader = 0;
  curve: CrossfaderCurve = 'power';
  lastAudioCallAt = 0;
  private readonly peers = new Map<number, DeckPeer>();

  static get(): DjEngine {
    if (!DjEngine.instance) DjEngine.instance = new DjEngine();
    return DjEngine.instance;
  }

  /** The engine if one was created, without creating it (spectator code paths). */
  static peek(): DjEngine | null {
    return DjEngine.instance;
  }

  private constructor() {
    this.ctx = new AudioContext({ latencyHint: 'interactive' });
    this.master = new GainNode(this.ctx, { gain: 1 });
    this.analyser = new AnalyserNode(this.ctx, { fftSize: 2048, smoothingTimeConstant: 0 });
    this.master.connect(this.analyser).connect(this.ctx.destination);
    this.strips = [0, 1, 2, 3].map((c) => new ChannelStrip(this.ctx, c, this.master));
    this.strips.forEach((s) => s.setCrossfader(this.crossfader, this.curve));
    const source = `(${deckProcessorModule.toString()})();`;
    const url = URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
    this.ready = this.ctx.audioWorklet.addModule(url).finally(() => URL.revokeObjectURL(url));
    const resume = () => {
      if (this.ctx.state === 'suspended') void this.ctx.resume();
    };
    window.addEventListener('pointerdown', resume, { capture: true });
    window.addEventListener('keydown', resume, { capture: true });
    resume();
  }

  markAudioCall(at = performance.now()): void {
    this.lastAudioCallAt = at;
  }

  setCrossfader(position: number, curve: CrossfaderCurve): void {
    this.crossfader = position;
    this.curve = curve;
    for (const s of this.strips) s.setCrossfader(position, curve);
    this.markAudioCall(this.strips[this.strips.length - 1].lastCallAt);
  }

  setMaster(value: number): void {
    this.markAudioCall(rampParam(this.ctx, this.master.gain, masterGain(value)));
  }

  register(peer: DeckPeer): void {
    this.peers.set(peer.deck, peer);
  }

  unregister(peer: DeckPeer): void {
    if (this.peers.get(peer.deck) === peer) this.peers.delete(peer.deck);
  }

  /** The deck to sync to: another loaded deck, playing ones first. */
  syncTarget(deck: number): DeckPeer | null {
    const others = [...this.peers.values()].filter((p) => p.deck !== deck && p.syncInfo() !== null);
    others.sort((a, b) => Number(b.syncInfo()?.playing) - Number(a.syncInfo()?.playing) || a.deck - b.deck);
    return others[0] ?? null;
  }

  tempoChanged(deck: number): void {
    for (const p of this.peers.values()) if (p.deck !== deck) p.peerTempoChanged(deck);
  }
}
