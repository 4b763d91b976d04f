import { STEMS, type StemName } from './audio/deck-player';
import { DjEngine } from './audio/dj-engine';
import type { DeckController } from './deck-controller';
import { parseJson } from './deck-types';

/** A track's or a stem's audio, decoded. */
export async function fetchAudio(ctx: BaseAudioContext, url: string): Promise<AudioBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ctx.decodeAudioData(await response.arrayBuffer());
}

/** The four stems of `stemUrls` (JSON {vocals,drums,bass,other}) decoded in STEMS order; null unless all four are given. */
export async function fetchStems(ctx: BaseAudioContext, stemUrls: string): Promise<AudioBuffer[] | null> {
  const urls = parseJson<Partial<Record<StemName, string>>>(stemUrls, {});
  if (!STEMS.every((n) => urls[n])) return null;
  return Promise.all(STEMS.map((n) => fetchAudio(ctx, urls[n]!)));
}

/** What the deck's audio graph is doing (a test hook: `audioState`). */
export function audioStateOf(c: DeckController) {
  const p = c.player;
  const l = p?.currentLoop ?? null;
  return {
    contextState: DjEngine.peek()?.ctx.state ?? 'none',
    sampleRate: DjEngine.peek()?.ctx.sampleRate ?? 0,
    playing: p?.playing ?? false,
    playbackRate: p?.playbackRate ?? 0,
    keyLock: c.s.keyLock,
    loop: l ? { start: l.start, end: l.end, active: true } : null,
    reportedPosition: p?.reported ?? 0,
    stemsActive: p?.stemsActive ?? false,
    outputGain: p?.output.gain.value ?? 0,
    stemGains: Object.fromEntries(STEMS.map((n, i) => [n, p?.stemGains[i].gain.value ?? 0])),
  };
}
