package com.soundforge.analysis.engine;

import com.soundforge.analysis.Tempo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tempo, beat grid and downbeats from onset envelopes of a mono downmix (work rate ≈ 22 kHz, 1024-point STFT every
 * 128 samples, i.e. a 125–190 Hz envelope rate).
 *
 * <ol>
 *   <li><b>Onset envelopes.</b> In third-octave bands (30 Hz – 11 kHz): the rise of the log band energy over two
 *       frames, summed over all bands (for periodicity and beat tracking); and the rise of the linear band
 *       magnitude summed over the low (kick, &lt; 150 Hz) and the mid (snare, 150 Hz – 5 kHz) bands. The linear
 *       envelopes keep loud drums loud, where the log one equalises them with quiet hats.</li>
 *   <li><b>Periodicity.</b> Autocorrelation of the detrended envelope; the strongest peak between 55 and 215 BPM
 *       under a broad log-normal prior (centre 120 BPM, σ = one octave); candidates are it, its half and double, and the levels 3:2 and 4:3 away.</li>
 *   <li><b>Metrical level</b> (after Goto 2001: bass drum on the strong beats, snare on the backbeat). For each
 *       candidate the beats are tracked (dynamic programming, Ellis 2007), and the tracked beats and the points
 *       half-way between them (the other phase) are scored: the points between the beats must not carry more kick
 *       and snare than the beats (else the real beat is faster), and kick and snare must fall on alternate beats rather than
 *       both on one parity with the other empty (else those are off-beats and the real beat is slower), and the
 *       snare band should repeat better after two beats than after one (a backbeat). A weak
 *       tempo prior and the autocorrelation break ties, so music without drums falls back to periodicity alone.
 *       The winning phase is kept, which also fixes off-beat tracking.</li>
 *   <li><b>Grid.</b> A robust straight-line fit through the tracked beats. When the residuals are small the track
 *       is steady: each beat is refined to the envelope's interpolated peak near the grid and the line refitted,
 *       which makes the BPM exact to two decimals and the grid sub-millisecond on long tracks. Otherwise the
 *       beats follow the tracker with a local tempo (from 8 s windows) and {@code steady} is false.</li>
 *   <li><b>Downbeats</b> (4/4): the bar phase where kick onsets and harmonic (chroma) changes concentrate and the
 *       snare does not.</li>
 * </ol>
 * Null when there is no periodic onset structure (silence, noise) or less than 4 s of audio.
 */
public final class TempoAnalyzer extends StftAnalyzer {

    static final double MIN_BPM = 55;
    static final double MAX_BPM = 215;
    /** A grid is steady when its beats lie within this share of a period of a straight line. */
    private static final double STEADY = 0.04;
    private static final double LOW_HZ = 150;
    private static final double HIGH_HZ = 5000;
    private static final int LAG = 2;
    /**
     * The log-energy flux rises as soon as an attack enters the leading edge of the analysis window, so its peaks
     * come early by about a quarter of the window (12 ms for 1024 samples at 22 kHz), measured on synthetic drums
     * (TempoAnalyzerTest); beat times are shifted by this latency.
     */
    private static final double LATENCY_WINDOWS = -0.265;


    private double rate;
    private int hop;
    private int[] bandLo;
    private int[] bandHi;
    private int[] bandGroup;
    private float[][] previous;
    private int previousAt;
    private FloatList all;
    private FloatList low;
    private FloatList mid;
    private float[][] previousLinear;
    private int frameCount;

    @Override
    double inputRate(FrontEnd frontEnd) {
        return frontEnd.workRate();
    }

    @Override
    void attach(FrontEnd frontEnd, long expectedWorkSamples) {
        rate = inputRate(frontEnd);
        hop = Integer.highestOneBit((int) Math.max(1, rate / 100));
        int size = hop * 8;
        frames(size, hop, this::frame);
        designBands(size);
        int capacity = expectedWorkSamples > 0 ? (int) Math.min(1 << 24, expectedWorkSamples / hop + 16) : 4096;
        all = new FloatList(capacity);
        low = new FloatList(capacity);
        mid = new FloatList(capacity);
        frameCount = 0;
        frontEnd.addWorkSink(this);
    }

    private void designBands(int size) {
        double top = Math.min(11000, 0.45 * rate);
        List<int[]> bands = new ArrayList<>();
        double f = 30;
        int lastHi = -1;
        while (f < top) {
            double g = f * Math.pow(2, 1 / 3.0);
            int lo = Math.max(1, (int) Math.round(f * size / rate));
            int hi = (int) Math.round(Math.min(g, top) * size / rate);
            lo = Math.max(lo, lastHi);
            if (hi > lo) {
                double centre = Math.sqrt(f * g);
                int group = centre < LOW_HZ ? 0 : f >= HIGH_HZ ? 2 : 1;
                bands.add(new int[] {lo, hi, group});
                lastHi = hi;
            }
            f = g;
        }
        bandLo = new int[bands.size()];
        bandHi = new int[bands.size()];
        bandGroup = new int[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            bandLo[b] = bands.get(b)[0];
            bandHi[b] = bands.get(b)[1];
            bandGroup[b] = bands.get(b)[2];
        }
        previous = new float[LAG][bands.size()];
        previousLinear = new float[LAG][bands.size()];
    }

    private void frame(int index, float[] power, float[] unused) {
        float[] old = previous[previousAt];
        float[] oldLinear = previousLinear[previousAt];
        boolean ready = frameCount >= LAG;
        float sumAll = 0;
        float sumLow = 0;
        float sumMid = 0;
        for (int b = 0; b < bandLo.length; b++) {
            float e = 0;
            for (int k = bandLo[b]; k < bandHi[b]; k++) {
                e += power[k];
            }
            float v = (float) Math.log(1e-9 + e);
            float magnitude = (float) Math.sqrt(e);
            if (ready) {
                if (v > old[b]) {
                    sumAll += v - old[b];
                }
                if (magnitude > oldLinear[b]) {
                    if (bandGroup[b] == 0) {
                        sumLow += magnitude - oldLinear[b];
                    } else if (bandGroup[b] == 1) {
                        sumMid += magnitude - oldLinear[b];
                    }
                }
            }
            old[b] = v;
            oldLinear[b] = magnitude;
        }
        previousAt = (previousAt + 1) % LAG;
        all.add(sumAll);
        low.add(sumLow);
        mid.add(sumMid);
        frameCount++;
    }

    /** The envelope's frame rate in Hz. */
    double frameRate() {
        return rate / hop;
    }

    /** The onset strength envelope (for display features), one value per {@link #frameRate()} frame. */
    float[] onsetEnvelope() {
        return all.toArray();
    }

    public Tempo finish() {
        return finish(null, 0);
    }

    /**
     * @param chroma    12-bin chroma frames (from the key analyzer) to find harmonic changes for downbeats, or null
     * @param chromaHop seconds between chroma frames
     */
    Tempo finish(float[][] chroma, double chromaHop) {
        endStandalone();
        double fr = frameRate();
        double latencyFrames = LATENCY_WINDOWS * 8;
        int n = all.size();
        // Per-frame onset e is for the transition from frame i - LAG to i: centre it.
        if (n < 4 * fr) {
            return null;
        }
        float[] e = detrend(all.toArray(), fr);
        float[] lowEnv = detrend(low.toArray(), fr);
        float[] midEnv = detrend(mid.toArray(), fr);
        if (!normalise(e)) {
            return null;
        }
        normalise(lowEnv);
        normalise(midEnv);
        double[] acf = autocorrelation(e, (int) Math.ceil(fr * 60 / MIN_BPM * 2.2));
        double best = -1;
        double bestLag = 0;
        for (int lag = (int) Math.floor(fr * 60 / MAX_BPM); lag <= Math.ceil(fr * 60 / MIN_BPM); lag++) {
            if (lag < 2 || lag + 1 >= acf.length || !(acf[lag] >= acf[lag - 1] && acf[lag] >= acf[lag + 1])) {
                continue;
            }
            double p = peakLag(acf, lag);
            double bpm = 60 * fr / p;
            if (bpm < MIN_BPM || bpm > MAX_BPM) {
                continue;
            }
            double score = acf[lag] * prior(bpm);
            if (score > best) {
                best = score;
                bestLag = p;
            }
        }
        double periodicity = bestLag > 0 ? acf[(int) Math.round(bestLag)] : 0;
        if (bestLag == 0 || periodicity < 0.05) {
            return null;
        }

        // Metrical level. The periodicity peak may sit on a level related to the beat by 2 (half, double) or by
        // 3:2 or 4:3 (a pattern repeating every three half-beats, or every three beats). The binary relatives
        // are judged by the drum pattern; a ternary one must first show a steadier 4/4 bar than the binary level
        // nearest to it: the envelope must repeat better after 4 and 8 of its beats (a bar, two bars).
        double[] binary = {2, 1, 0.5};
        double[] ternary = {1.5, 4 / 3.0, 0.75, 2 / 3.0};
        List<Candidate> candidates = new ArrayList<>();
        for (double factor : binary) {
            Candidate c = candidate(e, lowEnv, midEnv, acf, bestLag * factor, periodicity, fr, n, null);
            if (c != null) {
                candidates.add(c);
            }
        }
        List<Candidate> binaryLevels = List.copyOf(candidates);
        for (double factor : ternary) {
            Candidate c = candidate(e, lowEnv, midEnv, acf, bestLag * factor, periodicity, fr, n, binaryLevels);
            if (c != null) {
                candidates.add(c);
            }
        }
        Candidate chosen = null;
        double chosenScore = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates) {
            if (c.score > chosenScore) {
                chosenScore = c.score;
                chosen = c;
            }
        }
        if (chosen == null || chosen.beats.length < 4) {
            return null;
        }
        lastCandidates = candidates;
        if (EngineTrace.enabled()) {
            EngineTrace.line("tempo candidates: %s -> %s", candidates, chosen.bpm);
        }

        // Grid: steady (line fit) or following the tracker with a local tempo.
        double[] beatsFrames;
        boolean steady;
        double period;
        double[] fit = steadyLine(chosen, lowEnv, midEnv);
        if (fit != null) {
            steady = true;
            fit = refineGrid(e, fit);
            period = fit[1];
            beatsFrames = grid(fit, n, latencyFrames);
        } else {
            steady = false;
            double[] local = localPeriods(e, chosen.lag, fr);
            beatsFrames = track(e, local, 30);
            beatsFrames = refinePeaks(e, beatsFrames, chosen.lag);
            double[] ibi = new double[beatsFrames.length - 1];
            for (int i = 0; i < ibi.length; i++) {
                ibi[i] = beatsFrames[i + 1] - beatsFrames[i];
            }
            period = ibi.length > 0 ? Dsp.median(ibi) : chosen.lag;
        }
        double[] beats = new double[beatsFrames.length];
        for (int i = 0; i < beats.length; i++) {
            beats[i] = Math.max(0, (beatsFrames[i] - latencyFrames) / fr);
        }
        double duration = n / fr;
        beats = Arrays.stream(beats).filter(t -> t < duration).toArray();
        int phase = downbeatPhase(beatsFrames, lowEnv, midEnv, chroma, chromaHop, fr);
        double[] downbeats = new double[0];
        List<Double> down = new ArrayList<>();
        for (int i = 0; i < beats.length; i++) {
            if (Math.floorMod(i - phase, 4) == 0) {
                down.add(beats[i]);
            }
        }
        downbeats = down.stream().mapToDouble(Double::doubleValue).toArray();
        double bpm = Dsp.round2(60 * fr / period);
        double confidence = Math.max(0, Math.min(1, periodicity / 0.5)) * (steady ? 1 : 0.8);
        return new Tempo(bpm, Dsp.round2(confidence), round6(beats), round6(downbeats), steady);
    }

    /** Candidate diagnostics of the last {@link #finish} (for tests and tuning reports). */
    List<Candidate> lastCandidates = List.of();

    private static double[] round6(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.round(x[i] * 1e6) / 1e6;
        }
        return y;
    }

    static double prior(double bpm) {
        double octaves = Math.log(bpm / 120) / Math.log(2);
        return Math.exp(-0.5 * octaves * octaves);
    }

    /** Subtracts a moving average (±0.5 s) and rectifies. */
    private static float[] detrend(float[] x, double fr) {
        int half = (int) Math.round(fr * 0.5);
        float[] out = new float[x.length];
        double sum = 0;
        int a = 0;
        int b = 0;
        for (int i = 0; i < x.length; i++) {
            while (b < x.length && b <= i + half) {
                sum += x[b++];
            }
            while (a < i - half) {
                sum -= x[a++];
            }
            double m = sum / (b - a);
            out[i] = (float) Math.max(0, x[i] - m);
        }
        return out;
    }

    /** Scales to unit standard deviation; false if the envelope is flat. */
    private static boolean normalise(float[] x) {
        double s = 0;
        double s2 = 0;
        for (float v : x) {
            s += v;
            s2 += v * v;
        }
        double mean = s / x.length;
        double var = s2 / x.length - mean * mean;
        if (!(var > 1e-12)) {
            return false;
        }
        float k = (float) (1 / Math.sqrt(var));
        for (int i = 0; i < x.length; i++) {
            x[i] *= k;
        }
        return true;
    }

    /**
     * One metrical-level hypothesis at about {@code lag}: beats tracked in both phases, the better kept. Null when
     * out of range, or when {@code rivals} are given and the hypothesis's bar repeats no better than the bar of the
     * rival nearest in tempo.
     */
    private Candidate candidate(float[] e, float[] lowEnv, float[] midEnv, double[] acf, double approximateLag,
            double periodicity, double fr, int n, List<Candidate> rivals) {
        double lag = refinePeak(acf, approximateLag);
        double bpm = 60 * fr / lag;
        if (bpm < MIN_BPM || bpm > MAX_BPM) {
            return null;
        }
        double bar = (lagCorrelation(e, 4 * lag) + lagCorrelation(e, 8 * lag)) / 2;
        double backbeat = lagCorrelation(midEnv, 2 * lag) - lagCorrelation(midEnv, lag);
        if (rivals != null) {
            Candidate nearest = null;
            for (Candidate rival : rivals) {
                if (nearest == null || Math.abs(Math.log(rival.bpm / bpm)) < Math.abs(Math.log(nearest.bpm / bpm))) {
                    nearest = rival;
                }
            }
            if (nearest == null || !(bar > nearest.bar)) {
                return null;
            }
        }
        double[] tracked = track(e, constant(n, lag), 100);
        Candidate c = null;
        for (double[] beats : new double[][] {tracked, midpoints(tracked)}) {
            Candidate phase = new Candidate(lag, bpm);
            phase.beats = beats;
            phase.bar = bar;
            phase.backbeat = backbeat;
            phase.measure(lowEnv, midEnv);
            phase.salience = Math.max(1e-3, interpolate(acf, lag));
            phase.score = phase.pattern() + backbeat + 0.2 * Math.log(prior(bpm))
                    + 0.1 * Math.log(phase.salience / periodicity);
            if (c == null || phase.score > c.score) {
                c = phase;
            }
        }
        return c;
    }

    /** Normalised autocorrelation of the mean-removed envelope, lags 0..maxLag (r[0] = 1). */
    private static double[] autocorrelation(float[] e, int maxLag) {
        int n = e.length;
        maxLag = Math.min(maxLag, n - 1);
        double mean = Dsp.mean(e, 0, n);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (e[i] - mean);
        }
        double[] r = new double[maxLag + 1];
        for (int lag = 0; lag <= maxLag; lag++) {
            double s = 0;
            int m = n - lag;
            for (int i = 0; i < m; i++) {
                s += x[i] * x[i + lag];
            }
            r[lag] = s / m;
        }
        double r0 = r[0];
        for (int lag = 0; lag <= maxLag; lag++) {
            r[lag] /= r0;
        }
        return r;
    }

    /** Normalised autocorrelation of {@code e} at one fractional lag (linear interpolation of the two sides). */
    static double lagCorrelation(float[] e, double lag) {
        int i = (int) lag;
        int n = e.length;
        if (i + 1 >= n / 2) {
            return 0;
        }
        double f = lag - i;
        double mean = Dsp.mean(e, 0, n);
        double energy = 0;
        double a = 0;
        double b = 0;
        for (int t = 0; t < n; t++) {
            double x = e[t] - mean;
            energy += x * x;
            if (t + i + 1 < n) {
                a += x * (e[t + i] - mean);
                b += x * (e[t + i + 1] - mean);
            }
        }
        if (energy <= 0) {
            return 0;
        }
        return ((1 - f) * a / (n - i) + f * b / (n - i - 1)) / (energy / n);
    }

    private static double interpolate(double[] r, double lag) {
        int i = (int) lag;
        if (i + 1 >= r.length) {
            return 0;
        }
        double f = lag - i;
        return r[i] * (1 - f) + r[i + 1] * f;
    }

    /** Parabolic interpolation of a local maximum at integer lag i. */
    private static double peakLag(double[] r, int i) {
        double a = r[i - 1];
        double b = r[i];
        double c = r[i + 1];
        double d = a - 2 * b + c;
        return d < 0 ? i + 0.5 * (a - c) / d : i;
    }

    /** The interpolated local maximum of r within ±4 % of lag. */
    private static double refinePeak(double[] r, double lag) {
        int lo = Math.max(1, (int) Math.floor(lag * 0.96));
        int hi = Math.min(r.length - 2, (int) Math.ceil(lag * 1.04));
        if (lo > hi) {
            return lag;
        }
        int best = -1;
        for (int i = lo; i <= hi; i++) {
            if (r[i] >= r[i - 1] && r[i] >= r[i + 1] && (best < 0 || r[i] > r[best])) {
                best = i;
            }
        }
        return best < 0 ? lag : peakLag(r, best);
    }

    /** The points half-way between consecutive beats (the other phase of the same period). */
    private static double[] midpoints(double[] beats) {
        if (beats.length < 2) {
            return beats;
        }
        double[] m = new double[beats.length - 1];
        for (int i = 0; i < m.length; i++) {
            m[i] = (beats[i] + beats[i + 1]) / 2;
        }
        return m;
    }

    private static double[] constant(int n, double lag) {
        double[] p = new double[n];
        Arrays.fill(p, lag);
        return p;
    }

    /**
     * Dynamic-programming beat tracker (Ellis 2007): maximises onset strength at the beats minus
     * {@code tightness * log(interval / period)^2} per interval. {@code period[i]} is the expected beat period at
     * frame i.
     */
    static double[] track(float[] e, double[] period, double tightness) {
        int n = e.length;
        double[] score = new double[n];
        int[] back = new int[n];
        double tableFor = Double.NaN;
        double[] penalty = new double[0];
        for (int i = 0; i < n; i++) {
            double p = period[i];
            int from = (int) Math.round(i - 2 * p);
            int to = (int) Math.round(i - p / 2);
            if (p != tableFor) {
                // penalty by interval length, recomputed only when the expected period changes
                int maxInterval = (int) Math.round(2 * p) + 2;
                if (penalty.length < maxInterval + 1) {
                    penalty = new double[maxInterval + 1];
                }
                for (int d = 1; d <= maxInterval; d++) {
                    double l = Math.log(d / p);
                    penalty[d] = tightness * l * l;
                }
                tableFor = p;
            }
            double best = Double.NEGATIVE_INFINITY;
            int arg = -1;
            for (int j = Math.max(0, from); j <= to; j++) {
                double s = score[j] - penalty[i - j];
                if (s > best) {
                    best = s;
                    arg = j;
                }
            }
            if (arg >= 0 && best > 0) {
                score[i] = e[i] + best;
                back[i] = arg;
            } else {
                score[i] = e[i];
                back[i] = -1;
            }
        }
        // End: the best-scoring frame within the last period.
        int last = n - 1;
        int start = Math.max(0, (int) (n - 1 - period[n - 1]));
        for (int i = start; i < n; i++) {
            if (score[i] > score[last]) {
                last = i;
            }
        }
        List<Integer> beats = new ArrayList<>();
        for (int i = last; i >= 0; i = back[i]) {
            beats.add(i);
            if (back[i] < 0) {
                break;
            }
        }
        double[] out = new double[beats.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = beats.get(out.length - 1 - i);
        }
        return out;
    }

    /**
     * Robust line fit beat = a + b * k through tracked beats (k assigned by rounding to the period).
     *
     * @return {a, b, robust residual std} or null
     */
    static double[] lineFit(double[] beats, double lag) {
        if (beats.length < 4) {
            return null;
        }
        double[] k = new double[beats.length];
        double a = beats[0];
        double b = lag;
        double spread = 0;
        boolean[] use = new boolean[beats.length];
        Arrays.fill(use, true);
        for (int iteration = 0; iteration < 4; iteration++) {
            for (int i = 0; i < beats.length; i++) {
                k[i] = Math.round((beats[i] - a) / b);
            }
            double[] ab = leastSquares(k, beats, use, null);
            if (ab == null) {
                return null;
            }
            a = ab[0];
            b = ab[1];
            double[] res = new double[beats.length];
            for (int i = 0; i < beats.length; i++) {
                res[i] = Math.abs(beats[i] - (a + b * k[i]));
            }
            spread = 1.4826 * Dsp.median(res);
            for (int i = 0; i < beats.length; i++) {
                use[i] = res[i] <= Math.max(3 * spread, 0.02 * b);
            }
        }
        return new double[] {a, b, spread};
    }

    /**
     * The grid line of a steady track ({a, b, spread} in frames), or null when the tempo varies: the straight-line
     * fit through the tracked beats, or else the line most of them agree with in the right drum phase.
     */
    private static double[] steadyLine(Candidate chosen, float[] lowEnv, float[] midEnv) {
        double[] fit = lineFit(chosen.beats, chosen.lag);
        if (fit != null && !isSteady(fit)) {
            fit = lineThroughMost(chosen.beats, fit);
            fit = fit == null ? null : drumPhase(fit, lowEnv, midEnv);
        }
        return fit != null && isSteady(fit) ? fit : null;
    }

    /** Beats scattered around the line by less than {@link #STEADY} of a period. */
    private static boolean isSteady(double[] fit) {
        return fit[2] < STEADY * fit[1];
    }

    /**
     * The line through the beats that lie on it or half-way between its points within {@link #STEADY} of a
     * period, when those are most of the beats (60 %) and reach from the first tenth of the track to the last: a
     * steady grid of which stretches (a drum break, a breakdown) were tracked off it or on its off-beats. Lines are
     * started from up to 64 stretches of 8 beats, so the one the most beats agree with is found whichever phase
     * the first fit took; its phase is left to {@link #drumPhase}. Null otherwise, e.g. after a tempo change,
     * where a line holds only for a part.
     */
    static double[] lineThroughMost(double[] beats, double[] fit) {
        int n = beats.length;
        if (n < 16) {
            return null;
        }
        double period = fit[1];
        int starts = Math.min(64, n / 8);
        Line best = null;
        for (int w = 0; w < starts; w++) {
            int from = (int) ((long) w * (n - 8) / Math.max(1, starts - 1));
            double a = 0;
            for (int j = 0; j < 8; j++) {
                a += beats[from + j] - j * period;
            }
            Line line = refitOnBeatsNear(beats, a / 8, period);
            if (line != null && (best == null || line.held() > best.held())) {
                best = line;
            }
        }
        if (best == null) {
            return null;
        }
        double span = beats[n - 1] - beats[0];
        boolean most = best.held() >= 0.6 * n && best.first() - beats[0] <= 0.1 * span
                && beats[n - 1] - best.last() <= 0.1 * span;
        return most ? new double[] {best.a(), best.b(), best.spread()} : null;
    }

    /** A grid line {@code a + b·k} with the spread of the beats it holds, how many, and the first and last. */
    private record Line(double a, double b, double spread, int held, double first, double last) {
    }

    /**
     * Least-squares line through the beats within {@link #STEADY} of a period of the line (a, b) or of its half-way
     * points, three times.
     */
    private static Line refitOnBeatsNear(double[] beats, double a, double b) {
        int n = beats.length;
        double[] k = new double[n];
        boolean[] use = new boolean[n];
        int held = 0;
        for (int iteration = 0; iteration < 3; iteration++) {
            held = 0;
            for (int i = 0; i < n; i++) {
                k[i] = Math.round(2 * (beats[i] - a) / b) / 2.0;
                use[i] = Math.abs(beats[i] - (a + b * k[i])) <= STEADY * b;
                held += use[i] ? 1 : 0;
            }
            double[] ab = held >= 4 ? leastSquares(k, beats, use, null) : null;
            if (ab == null) {
                return null;
            }
            a = ab[0];
            b = ab[1];
        }
        double first = Double.NaN;
        double last = Double.NaN;
        double[] res = new double[held];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (use[i]) {
                first = Double.isNaN(first) ? beats[i] : first;
                last = beats[i];
                res[m++] = Math.abs(beats[i] - (a + b * k[i]));
            }
        }
        return new Line(a, b, 1.4826 * Dsp.median(Arrays.copyOf(res, m)), held, first, last);
    }

    /** The grid or the grid shifted by half a beat, whichever carries more kick and snare over the whole track. */
    static double[] drumPhase(double[] fit, float[] lowEnv, float[] midEnv) {
        double a = fit[0];
        double b = fit[1];
        double on = 0;
        double off = 0;
        int w = 3;
        for (double t = a - b * Math.floor(a / b); t + b / 2 < lowEnv.length; t += b) {
            int c = (int) Math.round(t);
            int h = (int) Math.round(t + b / 2);
            on += Dsp.maxAround(lowEnv, c, w) + Dsp.maxAround(midEnv, c, w);
            off += Dsp.maxAround(lowEnv, h, w) + Dsp.maxAround(midEnv, h, w);
        }
        return off > on ? new double[] {a + b / 2, b, fit[2]} : fit;
    }

    private static double[] leastSquares(double[] x, double[] y, boolean[] use, double[] w) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (!use[i]) {
                continue;
            }
            double wi = w == null ? 1 : w[i];
            sw += wi;
            sx += wi * x[i];
            sy += wi * y[i];
            sxx += wi * x[i] * x[i];
            sxy += wi * x[i] * y[i];
        }
        double d = sw * sxx - sx * sx;
        if (sw <= 0 || Math.abs(d) < 1e-12) {
            return null;
        }
        double b = (sw * sxy - sx * sy) / d;
        double a = (sy - b * sx) / sw;
        return new double[] {a, b};
    }

    /** Moves each grid beat to the interpolated envelope peak near it and refits the line, twice. */
    private static double[] refineGrid(float[] e, double[] fit) {
        double a = fit[0];
        double b = fit[1];
        for (int iteration = 0; iteration < 3; iteration++) {
            int first = (int) Math.ceil(-a / b);
            int last = (int) Math.floor((e.length - 1 - a) / b);
            int count = Math.max(0, last - first + 1);
            double[] k = new double[count];
            double[] t = new double[count];
            double[] w = new double[count];
            boolean[] use = new boolean[count];
            int window = Math.max(1, (int) Math.round(0.1 * b));
            for (int i = 0; i < count; i++) {
                k[i] = first + i;
                double g = a + b * k[i];
                int c = (int) Math.round(g);
                int best = -1;
                for (int j = Math.max(1, c - window); j <= Math.min(e.length - 2, c + window); j++) {
                    if (e[j] >= e[j - 1] && e[j] > e[j + 1] && (best < 0 || e[j] > e[best])) {
                        best = j;
                    }
                }
                if (best > 0 && e[best] > 1.0) {
                    double d = e[best - 1] - 2 * e[best] + e[best + 1];
                    t[i] = d < 0 ? best + 0.5 * (e[best - 1] - e[best + 1]) / d : best;
                    w[i] = e[best];
                    use[i] = true;
                }
            }
            double[] ab = leastSquares(k, t, use, w);
            if (ab == null) {
                break;
            }
            // drop outliers once
            double[] res = new double[count];
            int m = 0;
            for (int i = 0; i < count; i++) {
                if (use[i]) {
                    res[m++] = Math.abs(t[i] - (ab[0] + ab[1] * k[i]));
                }
            }
            double spread = 1.4826 * Dsp.median(Arrays.copyOf(res, m));
            for (int i = 0; i < count; i++) {
                if (use[i] && Math.abs(t[i] - (ab[0] + ab[1] * k[i])) > Math.max(3 * spread, 1.0)) {
                    use[i] = false;
                }
            }
            double[] ab2 = leastSquares(k, t, use, w);
            if (ab2 != null) {
                ab = ab2;
            }
            if (Math.abs(ab[1] - b) > 0.05 * b) {
                break;
            }
            a = ab[0];
            b = ab[1];
        }
        return new double[] {a, b, fit[2]};
    }

    private static double[] grid(double[] fit, int n, double latencyFrames) {
        double a = fit[0];
        double b = fit[1];
        int first = (int) Math.ceil((latencyFrames - a) / b);
        int last = (int) Math.floor((n - 1 - a) / b);
        double[] out = new double[Math.max(0, last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = a + b * (first + i);
        }
        return out;
    }

    private static double[] refinePeaks(float[] e, double[] beats, double lag) {
        double[] out = beats.clone();
        for (int i = 0; i < beats.length; i++) {
            int c = (int) beats[i];
            if (c > 0 && c < e.length - 1) {
                double d = e[c - 1] - 2 * e[c] + e[c + 1];
                if (d < 0) {
                    double shift = 0.5 * (e[c - 1] - e[c + 1]) / d;
                    if (Math.abs(shift) <= 1) {
                        out[i] = c + shift;
                    }
                }
            }
        }
        return out;
    }

    /** Local beat period per frame: autocorrelation peaks in 8 s windows within ±30 % of the global period. */
    private static double[] localPeriods(float[] e, double lag, double fr) {
        int n = e.length;
        int window = (int) Math.round(8 * fr);
        int step = (int) Math.round(2 * fr);
        List<double[]> points = new ArrayList<>();
        for (int start = 0; start + window / 2 < n; start += step) {
            int end = Math.min(n, start + window);
            float[] part = Arrays.copyOfRange(e, start, end);
            int maxLag = (int) Math.ceil(lag * 1.35) + 1;
            if (part.length <= maxLag + 2) {
                continue;
            }
            double[] r = autocorrelation(part, maxLag);
            double best = -1;
            double bestLag = lag;
            for (int l = (int) Math.floor(lag * 0.7); l <= Math.min(maxLag - 1, (int) Math.ceil(lag * 1.3)); l++) {
                if (l >= 2 && r[l] >= r[l - 1] && r[l] >= r[l + 1] && r[l] > best) {
                    best = r[l];
                    bestLag = peakLag(r, l);
                }
            }
            points.add(new double[] {(start + end) / 2.0, bestLag});
        }
        double[] p = new double[n];
        if (points.isEmpty()) {
            Arrays.fill(p, lag);
            return p;
        }
        // median of 3 neighbouring windows, then linear interpolation
        double[] lags = new double[points.size()];
        for (int i = 0; i < lags.length; i++) {
            double[] three = {points.get(Math.max(0, i - 1))[1], points.get(i)[1],
                    points.get(Math.min(lags.length - 1, i + 1))[1]};
            lags[i] = Dsp.median(three);
        }
        int j = 0;
        for (int i = 0; i < n; i++) {
            while (j + 1 < points.size() && points.get(j + 1)[0] <= i) {
                j++;
            }
            if (j + 1 < points.size() && points.get(j)[0] <= i) {
                double x0 = points.get(j)[0];
                double x1 = points.get(j + 1)[0];
                double f = (i - x0) / (x1 - x0);
                p[i] = lags[j] * (1 - f) + lags[j + 1] * f;
            } else {
                p[i] = i < points.get(0)[0] ? lags[0] : lags[lags.length - 1];
            }
        }
        return p;
    }

    /**
     * Bar phase 0..3: the beat index (mod 4) of the downbeats, where kick onsets and harmonic (chroma) changes are
     * strongest and the snare weakest.
     */
    private static int downbeatPhase(double[] beats, float[] lowEnv, float[] midEnv, float[][] chroma,
                                     double chromaHop, double fr) {
        int n = beats.length;
        if (n < 8) {
            return 0;
        }
        double[] kick = new double[n];
        double[] snare = new double[n];
        double[] change = new double[n];
        for (int i = 0; i < n; i++) {
            int c = (int) Math.round(beats[i]);
            kick[i] = Dsp.maxAround(lowEnv, c, 3);
            snare[i] = Dsp.maxAround(midEnv, c, 3);
        }
        boolean haveChroma = chroma != null && chroma.length > 4 && chromaHop > 0;
        if (haveChroma) {
            for (int i = 2; i < n - 2; i++) {
                double[] before = meanChroma(chroma, chromaHop, beats[i - 2] / fr, beats[i] / fr);
                double[] after = meanChroma(chroma, chromaHop, beats[i] / fr, beats[i + 2] / fr);
                change[i] = 1 - cosine(before, after);
            }
        }
        standardise(kick);
        standardise(snare);
        standardise(change);
        double best = Double.NEGATIVE_INFINITY;
        int phase = 0;
        for (int p = 0; p < 4; p++) {
            double s = 0;
            int count = 0;
            for (int i = p; i < n; i += 4) {
                s += kick[i] - snare[i] + (haveChroma ? change[i] : 0);
                count++;
            }
            s /= Math.max(1, count);
            if (s > best) {
                best = s;
                phase = p;
            }
        }
        return phase;
    }

    private static double[] meanChroma(float[][] chroma, double hop, double from, double to) {
        double[] m = new double[12];
        int a = Math.max(0, (int) Math.floor(from / hop));
        int b = Math.min(chroma.length, (int) Math.ceil(to / hop));
        for (int i = a; i < b; i++) {
            for (int k = 0; k < 12; k++) {
                m[k] += chroma[i][k];
            }
        }
        return m;
    }

    private static double cosine(double[] a, double[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 1;
    }

    private static void standardise(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        s = Math.sqrt(s / x.length);
        for (int i = 0; i < x.length; i++) {
            x[i] = s > 0 ? (x[i] - m) / s : 0;
        }
    }

    /** One metrical-level hypothesis and its drum-pattern evidence. */
    static final class Candidate {
        final double lag;
        final double bpm;
        double[] beats;
        double salience;
        /** How well the envelope repeats after 4 and 8 of these beats (normalised autocorrelation). */
        double bar;
        /**
         * How much better the snare band repeats after two of these beats than after one: high at the beat level of
         * a backbeat (snare on 2 and 4), near zero at double tempo (where two beats are one) and at half tempo.
         */
        double backbeat;
        /** > 0: the points between the beats are stronger (the real beat is faster). */
        double between;
        /** > 0: one parity of beats carries kick and snare, the other neither (the real beat is slower). */
        double offbeat;
        double score;

        Candidate(double lag, double bpm) {
            this.lag = lag;
            this.bpm = bpm;
        }

        /**
         * Drum-pattern evidence that these beats are the beat level: points between the beats stronger than the
         * beats count against it (the real beat is faster), and kick and snare on alternating beats rather than on
         * the same parity count for it (−offbeat). Beats stronger than the points between them are no evidence
         * either way: that holds at the beat level and at every faster level, whose in-between points are ever
         * weaker subdivisions, so rewarding it pulled simple grooves to double tempo.
         */
        double pattern() {
            return -Math.max(0, between) - offbeat;
        }

        void measure(float[] lowEnv, float[] midEnv) {
            int n = beats.length;
            if (n < 4) {
                return;
            }
            double onLow = 0;
            double onMid = 0;
            double offLow = 0;
            double offMid = 0;
            double[] parityLow = new double[2];
            double[] parityMid = new double[2];
            int[] parityCount = new int[2];
            int w = 3;
            for (int i = 0; i < n; i++) {
                int c = (int) Math.round(beats[i]);
                double l = Dsp.maxAround(lowEnv, c, w);
                double m = Dsp.maxAround(midEnv, c, w);
                onLow += l;
                onMid += m;
                parityLow[i % 2] += l;
                parityMid[i % 2] += m;
                parityCount[i % 2]++;
                if (i + 1 < n) {
                    int h = (int) Math.round((beats[i] + beats[i + 1]) / 2);
                    offLow += Dsp.maxAround(lowEnv, h, w);
                    offMid += Dsp.maxAround(midEnv, h, w);
                }
            }
            onLow /= n;
            onMid /= n;
            offLow /= n - 1;
            offMid /= n - 1;
            between = Math.max(contrast(offLow, onLow), contrast(offMid, onMid));
            double l0 = parityLow[0] / parityCount[0];
            double l1 = parityLow[1] / parityCount[1];
            double m0 = parityMid[0] / parityCount[0];
            double m1 = parityMid[1] / parityCount[1];
            double dl = contrast(l0, l1);
            double dm = contrast(m0, m1);
            if (dl < 0) {
                dl = -dl;
                dm = -dm;
            }
            offbeat = Math.min(dl, dm);
        }

        private static double contrast(double a, double b) {
            return a + b > 0 ? (a - b) / (a + b) : 0;
        }

        @Override
        public String toString() {
            return String.format("%.2f BPM sal=%.3f bar=%.3f between=%.3f offbeat=%.3f score=%.3f backbeat=%.3f", bpm,
                    salience, bar, between, offbeat, score, backbeat);
        }
    }
}
