package com.soundforge.analysis.engine;

import com.soundforge.analysis.BpmRange;
import com.soundforge.analysis.Tempo;
import com.soundforge.analysis.engine.tempo.BandFlux;
import com.soundforge.analysis.engine.tempo.BeatGrid;
import com.soundforge.analysis.engine.tempo.Candidate;
import com.soundforge.analysis.engine.tempo.Downbeats;
import com.soundforge.analysis.engine.tempo.Envelopes;
import com.soundforge.analysis.engine.tempo.MetricalLevel;
import com.soundforge.analysis.engine.tempo.OctaveFold;
import com.soundforge.analysis.engine.tempo.Periodicity;
import com.soundforge.analysis.engine.tempo.Timbre;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tempo, beat grid and downbeats from onset envelopes of a mono downmix (work rate ≈ 22 kHz, 1024-point STFT every
 * 128 samples, i.e. a 125–190 Hz envelope rate). It keeps the envelopes while the audio streams and then runs the
 * steps of the {@link com.soundforge.analysis.engine.tempo} package:
 *
 * <ol>
 *   <li><b>Onset envelopes</b> ({@link BandFlux}, {@link Envelopes}). In third-octave bands (30 Hz – 11 kHz): the
 *       rise of the log band energy over two frames, summed over all bands (for periodicity and beat tracking); and
 *       the rise of the linear band magnitude summed over the low (kick, &lt; 150 Hz) and the mid (snare, 150 Hz –
 *       5 kHz) bands. The linear envelopes keep loud drums loud, where the log one equalises them with quiet
 *       hats. And the same rise in five broad timbre groups (&lt; 120 Hz, – 400 Hz, – 1.5 kHz, – 5 kHz, above), each
 *       scaled to unit deviation ({@link Timbre}).</li>
 *   <li><b>Periodicity</b> ({@link Periodicity}). Autocorrelation of the detrended envelope; the strongest peak
 *       between 55 and 215 BPM under a broad log-normal prior (centre 120 BPM, σ = one octave); candidates are it,
 *       its half and double, and the levels 3:2 and 4:3 away.</li>
 *   <li><b>Metrical level</b> ({@link MetricalLevel}; after Goto 2001: bass drum on the strong beats, snare on the
 *       backbeat). For each candidate the beats are tracked (dynamic programming, Ellis 2007), and of the tracked
 *       beats and the points half-way between them (the other phase) the one on the beat is kept. The main cue is
 *       the <em>alternation</em>: consecutive beats of the beat level alternate two different sounds of similar
 *       strength (kick and snare, whichever instruments play them), measured as the difference of the two parities'
 *       spectral shapes over the timbre groups; at half tempo beats 1 and 3 sound alike, at double tempo one parity
 *       is the weak off-beats. The fixed-band cues only tip the balance, since an FM kick has as much above 150 Hz as
 *       a snare: the points between the beats must not carry more kick and snare than the beats, kick and snare
 *       should fall on alternate beats, the snare band should repeat better after two beats than after one. A tempo
 *       prior and the autocorrelation break ties, so music without drums falls back to periodicity alone. A DJ's
 *       {@link BpmRange} keeps the best level inside it, or folds the grid by octaves into it.</li>
 *   <li><b>Grid</b> ({@link BeatGrid}). A robust straight-line fit through the tracked beats. When the residuals are
 *       small the track is steady: each beat is refined to the envelope's interpolated peak near the grid and the
 *       line refitted, which makes the BPM exact to two decimals and the grid sub-millisecond on long tracks.
 *       Otherwise the beats follow the tracker with a local tempo (from 8 s windows) and {@code steady} is
 *       false.</li>
 *   <li><b>Downbeats</b> ({@link Downbeats}; 4/4): the bar phase where kick onsets and harmonic (chroma) changes
 *       concentrate and the snare does not.</li>
 * </ol>
 * Null when there is no periodic onset structure (silence, noise) or less than 4 s of audio.
 */
public final class TempoAnalyzer extends StftAnalyzer {

    /** The hop is the largest power of two that gives at least this many envelope frames per second. */
    private static final double MIN_FRAME_RATE_HZ = 100;
    /** The STFT window is this many hops long (1024 samples at 22 kHz). */
    private static final int WINDOW_HOPS = 8;
    /**
     * The log-energy flux rises as soon as an attack enters the leading edge of the analysis window, so its peaks
     * come early by about a quarter of the window (12 ms for 1024 samples at 22 kHz), measured on synthetic drums
     * (TempoAnalyzerTest); beat times are shifted by this latency.
     */
    private static final double LATENCY_WINDOWS = -0.265;
    /** Room reserved for the envelopes when the length is known: at most 2^24 frames (a day or more)... */
    private static final int MAX_RESERVED_FRAMES = 1 << 24;

    private static final int RESERVE_MARGIN_FRAMES = 16;
    /** ...and when it is not known (they grow as needed). */
    private static final int UNKNOWN_LENGTH_FRAMES = 4096;

    private static final int MIN_SECONDS = 4;
    private static final int SECONDS_PER_MINUTE = 60;
    private static final int MIN_BEATS = 4;
    /** The onset periodicity at which the confidence is full. */
    private static final double FULL_CONFIDENCE_PERIODICITY = 0.5;
    /** Confidence factor of a grid that follows a varying tempo. */
    private static final double UNSTEADY_CONFIDENCE = 0.8;

    private double workRateHz;
    private int hopSamples;
    private BandFlux flux;
    private FloatList onsets;
    private FloatList lows;
    private FloatList mids;
    private FloatList[] timbres;

    /** The DJ's BPM range, or null: the engine's own choice of metrical level. */
    private final @Nullable BpmRange range;

    TempoAnalyzer() {
        this(null);
    }

    TempoAnalyzer(@Nullable BpmRange range) {
        this.range = range;
    }

    /** Candidate diagnostics of the last {@link #finish} (for tests and tuning reports). */
    List<Candidate> lastCandidates = List.of();

    @Override
    double inputRate(FrontEnd frontEnd) {
        return frontEnd.workRate();
    }

    @Override
    @Initializer
    void attach(FrontEnd frontEnd, long expectedWorkSamples) {
        workRateHz = inputRate(frontEnd);
        hopSamples = Integer.highestOneBit((int) Math.max(1, workRateHz / MIN_FRAME_RATE_HZ));
        int size = hopSamples * WINDOW_HOPS;
        frames(size, hopSamples, this::frame);
        flux = new BandFlux(workRateHz, size);
        int capacity = expectedWorkSamples > 0
                ? (int) Math.min(MAX_RESERVED_FRAMES, expectedWorkSamples / hopSamples + RESERVE_MARGIN_FRAMES)
                : UNKNOWN_LENGTH_FRAMES;
        onsets = new FloatList(capacity);
        lows = new FloatList(capacity);
        mids = new FloatList(capacity);
        timbres = new FloatList[BandFlux.TIMBRE_GROUPS];
        for (int g = 0; g < timbres.length; g++) {
            timbres[g] = new FloatList(capacity);
        }
        frontEnd.addWorkSink(this);
    }

    private void frame(int index, float[] power, float[] unused) {
        flux.measure(power);
        onsets.add(flux.onset());
        lows.add(flux.low());
        mids.add(flux.mid());
        float[] timbre = flux.timbre();
        for (int g = 0; g < timbres.length; g++) {
            timbres[g].add(timbre[g]);
        }
    }

    /** The envelope's frame rate in Hz. */
    double frameRate() {
        return workRateHz / hopSamples;
    }

    /** The onset strength envelope (for display features), one value per {@link #frameRate()} frame. */
    float[] onsetEnvelope() {
        return onsets.toArray();
    }

    public @Nullable Tempo finish() {
        return finish(null, 0);
    }

    /**
     * @param chroma    12-bin chroma frames (from the key analyzer) to find harmonic changes for downbeats, or null
     * @param chromaHop seconds between chroma frames
     */
    @Nullable
    Tempo finish(float @Nullable [][] chroma, double chromaHop) {
        endStandalone();
        double fr = frameRate();
        double latencyFrames = LATENCY_WINDOWS * WINDOW_HOPS;
        int n = onsets.size();
        if (n < MIN_SECONDS * fr) {
            return null;
        }
        Envelopes envelopes = Envelopes.conditioned(onsets.toArray(), lows.toArray(), mids.toArray(), fr);
        if (envelopes == null) {
            return null;
        }
        Periodicity periodicity = Periodicity.strongest(envelopes.onset(), fr);
        if (periodicity == null) {
            return null;
        }
        float[][] timbre = new float[timbres.length][];
        for (int g = 0; g < timbres.length; g++) {
            timbre[g] = timbres[g].toArray();
        }
        List<Candidate> candidates = MetricalLevel.candidates(envelopes, periodicity, Timbre.of(timbre, fr));
        Candidate chosen = MetricalLevel.strongest(candidates, range);
        if (chosen == null || chosen.beats().length < MIN_BEATS) {
            return null;
        }
        lastCandidates = candidates;
        if (EngineTrace.enabled()) {
            EngineTrace.line("tempo candidates: %s -> %s", candidates, chosen.bpm());
        }

        BeatGrid grid = BeatGrid.fit(envelopes, chosen, latencyFrames);
        double[] beats = seconds(grid.beatFrames(), latencyFrames, fr, n / fr);
        double[] downbeats = Downbeats.every(beats, Downbeats.phase(grid.beatFrames(), envelopes, chroma, chromaHop));
        double bpm = SECONDS_PER_MINUTE * fr / grid.period();
        int octaves = range == null ? 0 : range.octavesToFold(bpm);
        if (octaves != 0) {
            beats = OctaveFold.fold(beats, downbeats, octaves);
            bpm *= Math.pow(2, octaves);
        }
        bpm = Dsp.round2(bpm);
        double confidence = Math.max(0, Math.min(1, periodicity.strength() / FULL_CONFIDENCE_PERIODICITY))
                * (grid.steady() ? 1 : UNSTEADY_CONFIDENCE);
        return new Tempo(bpm, Dsp.round2(confidence), round6(beats), round6(downbeats), grid.steady());
    }

    /** Beat times in seconds, shifted by the envelope's latency, from 0 to before {@code duration}. */
    private static double[] seconds(double[] beatFrames, double latencyFrames, double fr, double duration) {
        double[] beats = new double[beatFrames.length];
        for (int i = 0; i < beats.length; i++) {
            beats[i] = Math.max(0, (beatFrames[i] - latencyFrames) / fr);
        }
        return Arrays.stream(beats).filter(t -> t < duration).toArray();
    }

    /** Rounded to the microsecond. */
    private static double[] round6(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.round(x[i] * 1e6) / 1e6;
        }
        return y;
    }
}
