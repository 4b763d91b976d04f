import { decodePeaks } from '../shared/peaks';
import { streamName, type ClipSource } from './model/project-types';

/** A source's waveform: min/max signed-byte pairs, one pair per `framesPerPeak` frames at `sampleRate`. */
export interface SourcePeaks {
  peaksPerSecond: number;
  data: Int8Array;
}

type Entry = SourcePeaks | 'loading' | 'missing';

/**
 * Waveform peaks per source from `GET /media/daw/{project}/sources/{track}/{stream}/peaks`, fetched once each and
 * kept; `onLoaded` asks for a redraw when one arrives. A source the server cannot serve is "missing".
 */
export class PeaksCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly projectId: () => string,
    private readonly onLoaded: () => void,
  ) {}

  /** The peaks if loaded, 'missing', or null while they load (the first call starts the request). */
  get(source: ClipSource): SourcePeaks | 'missing' | null {
    const url = this.urlOf(source);
    const entry = this.entries.get(url);
    if (entry === undefined) {
      this.entries.set(url, 'loading');
      void this.load(url);
      return null;
    }
    return entry === 'loading' ? null : entry;
  }

  private urlOf(source: ClipSource): string {
    const id = encodeURIComponent;
    return `/media/daw/${id(this.projectId())}/sources/${id(source.trackId)}/${id(streamName(source))}/peaks`;
  }

  private async load(url: string) {
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(String(response.status));
      const json = (await response.json()) as { framesPerPeak: number; sampleRate: number; peaks: string };
      this.entries.set(url, { peaksPerSecond: json.sampleRate / json.framesPerPeak, data: decodePeaks(json.peaks) });
    } catch {
      this.entries.set(url, 'missing');
    }
    this.onLoaded();
  }
}
