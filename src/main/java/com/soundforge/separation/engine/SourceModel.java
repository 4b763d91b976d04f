package com.soundforge.separation.engine;

/**
 * First estimate of each source's power per time-frequency bin, from cues that need no training:
 * <ul>
 * <li>drums: the percussive share of a median-filter harmonic/percussive split (smooth across frequency versus
 * smooth across time), with soft masks; below about 300 Hz, where a kick is as narrow in frequency as a bass
 * note, also whatever rises above the bin's sustained (time-median) level; never a bin whose frequency holds
 * still (a steady partial, however short the note); above about 3 kHz, all of a sustained level without a steady
 * partial (cymbal and hi-hat wash) that is not centred;</li>
 * <li>bass: the centred share of the harmonic energy below about 350 Hz (the most power an exactly centred
 * source can hold given the bin's local stereo covariance, so a panned low chord stays in other), except what
 * lies between the partials of the bass line (more likely a kick's ringing body, offered to drums), and extended
 * upwards along those partials with a claim that fades with the partial number; the bass line is a pitch between
 * 30 and 250 Hz per frame (harmonic-sum salience) followed through the chunk as held notes ({@link BassLine});</li>
 * <li>vocals: harmonic energy that is centred (panning index near 0 and channels in phase over about 0.2 s, and
 * little room in the local covariance for a panned source sharing the bin), whose partials move in frequency
 * (vibrato, scoops) rather than hold still, weighted towards the harmonic comb of the most salient mid-range
 * pitch of the frame;</li>
 * <li>other: the rest of the harmonic energy.</li>
 * </ul>
 */
final class SourceModel {

    /**
     * Centred harmonic energy is all bass below {@code BASS_TOP_HZ - BASS_FADE_HZ} and fades out at
     * {@code BASS_TOP_HZ}: a bass's 2nd to 4th partials reach well above 250 Hz, where little of a voice lives.
     */
    static final float BASS_TOP_HZ = 350f;
    static final float BASS_FADE_HZ = 200f;
    /** Range of bass pitches, partials summed for each, and how high its comb reaches. */
    static final float BASS_LOW_HZ = 30f;
    static final float BASS_HIGH_HZ = 250f;
    static final int BASS_PARTIALS = 6;
    static final float BASS_COMB_TOP_HZ = 1500f;
    /**
     * What a change of note costs the bass line, in frame scores (a candidate's harmonic sum as a share of the
     * frame's centred harmonic magnitude up to the comb's top, typically 0.1 to 0.5 on a bass note).
     */
    static final float BASS_LINE_PENALTY = 1f;
    /** How much the pitch comb shapes the vocal estimate (0 = centre cue only). */
    static final float VOCAL_COMB = 0.3f;
    /** Harmonic median length (time) and percussive median length (frequency). */
    static final float HARMONIC_SECONDS = 0.4f;
    static final float PERCUSSIVE_HZ = 360f;
    /** The percussive median's length in the low band, and where the low band's length starts to widen. */
    static final float LOW_PERCUSSIVE_HZ = 180f;
    static final float LOW_MEDIAN_BELOW_HZ = 300f;
    /** Width of the panning-index window of a centred source. */
    static final float PAN_WIDTH = 0.6f;
    /** Sharpening of the centre weight before it splits harmonic energy between vocals and other. */
    static final float CENTRE_SHARPNESS = 2f;
    /** Frames on each side of a bin over which its spatial covariance is summed (9 frames, about 0.2 s). */
    static final int CENTRE_FRAMES = 4;
    /**
     * Diffuse floor, as a share of the mean channel power, added to both channels before the centred-share bound:
     * without it a single dominant source a little off centre (a voice's own room, estimation scatter) has a
     * near-singular covariance and is ruled not centred at all.
     */
    static final float CENTRED_LOADING = 0.03f;
    /**
     * Above this frequency the sustained (time-median) level counts as harmonic only as far as the bin's frequency
     * holds steady, fully from twice this frequency.
     */
    static final float WASH_FROM_HZ = 3000f;
    /** Factors on the vocal odds of a bin whose partial is frequency-modulated or steady. */
    static final float MODULATED_ODDS = 2f;
    static final float STEADY_ODDS = 0.2f;
    private final float sampleRateHz;
    private final int fftSize;
    private final Parallel parallel;

    SourceModel(float sampleRateHz, int fftSize, Parallel parallel) {
        this.sampleRateHz = sampleRateHz;
        this.fftSize = fftSize;
        this.parallel = parallel;
    }

    void estimate(Spectra s) {
        int frames = s.frames;
        int bins = s.bins;
        computePowerAndCentre(s);
        FrequencySteadiness.compute(s, parallel);
        int hopsPerSecond = Math.round(sampleRateHz / (fftSize / 4f));
        int timeLength = Math.max(3, Math.round(HARMONIC_SECONDS * hopsPerSecond)) | 1;
        int blockBins = 16;
        parallel.forRange((bins + blockBins - 1) / blockBins, (from, to) -> {
            SlidingMedian median = new SlidingMedian(timeLength);
            float[] columns = new float[blockBins * frames];
            float[] filtered = new float[blockBins * frames];
            for (int block = from; block < to; block++) {
                int first = block * blockBins;
                int count = Math.min(blockBins, bins - first);
                for (int t = 0; t < frames; t++) {
                    for (int j = 0; j < count; j++) {
                        columns[j * frames + t] = s.power[t * bins + first + j];
                    }
                }
                for (int j = 0; j < count; j++) {
                    median.filter(columns, filtered, j * frames, 1, frames);
                }
                for (int t = 0; t < frames; t++) {
                    for (int j = 0; j < count; j++) {
                        s.harmonic[t * bins + first + j] = filtered[j * frames + t];
                    }
                }
            }
        });
        percussiveMedians(s);
        int candidates = new HarmonicComb(binHz(), BASS_LOW_HZ, BASS_HIGH_HZ, BASS_PARTIALS).candidates();
        float[] bassScores = new float[frames * candidates];
        float[] bassTotals = new float[frames];
        parallel.forRange(frames, (from, to) -> {
            FrameScratch scratch = new FrameScratch(bins);
            for (int t = from; t < to; t++) {
                splitPercussive(s, t);
                centredHarmonic(s, t, scratch.centredHarmonic);
                bassTotals[t] = scoreBassPitches(s, t, scratch, bassScores, candidates);
            }
        });
        int[] bassLine = BassLine.track(bassScores, frames, candidates, BASS_LINE_PENALTY);
        parallel.forRange(frames, (from, to) -> {
            FrameScratch scratch = new FrameScratch(bins);
            for (int t = from; t < to; t++) {
                int c = bassLine[t];
                float sum = bassScores[t * candidates + c] * bassTotals[t];
                assignFrame(s, t, scratch, c, sum);
            }
        });
    }

    /**
     * Each bass candidate's harmonic sum over the frame's centred harmonic magnitude, as a share of that
     * magnitude between the lowest candidate and the top of the comb, into {@code scores}; returns the share's
     * denominator.
     */
    private float scoreBassPitches(Spectra s, int t, FrameScratch scratch, float[] scores, int candidates) {
        float[] centred = scratch.centredHarmonic;
        scratch.bassPitch.salience(centred, 0, s.bins, scratch.bassSums);
        int to = Math.min(s.bins, (int) (BASS_COMB_TOP_HZ / binHz()) + 1);
        float total = 1e-20f;
        for (int k = (int) (BASS_LOW_HZ / binHz()); k < to; k++) {
            total += centred[k];
        }
        for (int c = 0; c < candidates; c++) {
            scores[t * candidates + c] = scratch.bassSums[c] / total;
        }
        return total;
    }

    /**
     * The median across frequency of each frame into {@code percussive}: {@link #PERCUSSIVE_HZ} wide, but only
     * {@link #LOW_PERCUSSIVE_HZ} below {@link #LOW_MEDIAN_BELOW_HZ}, widening up to twice that frequency. The wide
     * window's level scatters less on a noisy hit (snare, hats); in the low band it would reach across kick and bass
     * alike.
     */
    private void percussiveMedians(Spectra s) {
        int bins = s.bins;
        int length = Math.max(3, Math.round(PERCUSSIVE_HZ / binHz())) | 1;
        int lowLength = Math.max(3, Math.round(LOW_PERCUSSIVE_HZ / binHz())) | 1;
        int blendBins = Math.min(bins, (int) Math.ceil(2 * LOW_MEDIAN_BELOW_HZ / binHz()) + 1);
        int lowCount = Math.min(bins, blendBins + lowLength / 2);
        parallel.forRange(s.frames, (from, to) -> {
            SlidingMedian median = new SlidingMedian(length);
            SlidingMedian lowMedian = new SlidingMedian(lowLength);
            float[] low = new float[lowCount];
            float[] lowFiltered = new float[lowCount];
            for (int t = from; t < to; t++) {
                int row = t * bins;
                median.filter(s.power, s.percussive, row, 1, bins);
                System.arraycopy(s.power, row, low, 0, lowCount);
                lowMedian.filter(low, lowFiltered, 0, 1, lowCount);
                for (int k = 0; k < blendBins; k++) {
                    float wide = clamp01((k * binHz() - LOW_MEDIAN_BELOW_HZ) / LOW_MEDIAN_BELOW_HZ);
                    s.percussive[row + k] = lowFiltered[k] + wide * (s.percussive[row + k] - lowFiltered[k]);
                }
            }
        });
    }

    /** Per-thread arrays for one frame. */
    private final class FrameScratch {
        final float[] centredHarmonic;
        final float[] bassComb;
        final float[] vocalComb;
        final float[] pitch = new float[2];
        final HarmonicComb bassPitch = new HarmonicComb(binHz(), BASS_LOW_HZ, BASS_HIGH_HZ, BASS_PARTIALS);
        final float[] bassSums = new float[bassPitch.candidates()];
        final HarmonicComb vocalPitch = new HarmonicComb(binHz(), 90f, 1000f, 12);

        FrameScratch(int bins) {
            centredHarmonic = new float[bins];
            bassComb = new float[bins];
            vocalComb = new float[bins];
        }
    }

    private float binHz() {
        return sampleRateHz / fftSize;
    }

    /** Mean power over channels into {@code power} (as magnitude), coherence into {@code centre}. */
    private void computePowerAndCentre(Spectra s) {
        int bins = s.bins;
        parallel.forRange(s.frames, (from, to) -> {
            float[] crossSum = new float[bins];
            float[] crossImSum = new float[bins];
            float[] leftSum = new float[bins];
            float[] rightSum = new float[bins];
            for (int t = from; t < to; t++) {
                int row = t * bins;
                for (int k = 0; k < bins; k++) {
                    int i = row + k;
                    float sum = 0;
                    for (int c = 0; c < s.channels; c++) {
                        sum += s.re[c][i] * s.re[c][i] + s.im[c][i] * s.im[c][i];
                    }
                    s.power[i] = (float) Math.sqrt(sum / s.channels);
                }
                if (s.channels < 2) {
                    java.util.Arrays.fill(s.centre, row, row + bins, 1f);
                    java.util.Arrays.fill(s.centredShare, row, row + bins, 1f);
                    java.util.Arrays.fill(s.looseCentredShare, row, row + bins, 1f);
                    continue;
                }
                float[] lr = s.re[0], li = s.im[0], rr = s.re[1], ri = s.im[1];
                // 3 bins x 9 frames (~0.2 s): a source's spatial image is steady over that span, and the
                // estimate from fewer samples scatters enough to hand parts of a centred voice to "other";
                // summed over frames first, then over bins
                java.util.Arrays.fill(crossSum, 0f);
                java.util.Arrays.fill(crossImSum, 0f);
                java.util.Arrays.fill(leftSum, 0f);
                java.util.Arrays.fill(rightSum, 0f);
                for (int u = Math.max(0, t - CENTRE_FRAMES); u <= Math.min(s.frames - 1, t + CENTRE_FRAMES); u++) {
                    for (int k = 0, i = u * bins; k < bins; k++, i++) {
                        crossSum[k] += lr[i] * rr[i] + li[i] * ri[i];
                        crossImSum[k] += li[i] * rr[i] - lr[i] * ri[i];
                        leftSum[k] += lr[i] * lr[i] + li[i] * li[i];
                        rightSum[k] += rr[i] * rr[i] + ri[i] * ri[i];
                    }
                }
                for (int k = 0; k < bins; k++) {
                    float cross = 0;
                    float crossIm = 0;
                    float left = 1e-30f;
                    float right = 1e-30f;
                    for (int j = Math.max(0, k - 1); j <= Math.min(bins - 1, k + 1); j++) {
                        cross += crossSum[j];
                        crossIm += crossImSum[j];
                        left += leftSum[j];
                        right += rightSum[j];
                    }
                    s.centre[row + k] = centreness(cross, left, right);
                    s.centredShare[row + k] = centredShare(cross, crossIm, left, right, 0f);
                    s.looseCentredShare[row + k] = centredShare(cross, crossIm, left, right, CENTRED_LOADING);
                }
            }
        });
    }

    /**
     * The largest share of a bin's power that a centred source (equal, in-phase channels) can have, given the
     * local covariance [left, cross; conj(cross), right]: the most centred power P for which the remainder
     * stays positive semi-definite, P = (left·right − |cross|²) / (left + right − 2 Re cross), over the mean
     * channel power. Exact for a centred source plus one panned or delayed source; diffuse sound counts half.
     * {@code loading} adds that share of the mean channel power to both channels first (a diffuse floor), which
     * makes the bound tolerant of a dominant source slightly off centre.
     */
    static float centredShare(float cross, float crossIm, float left0, float right0, float loading) {
        double load = loading * 0.5 * ((double) left0 + right0);
        double left = left0 + load;
        double right = right0 + load;
        double det = left * right - (double) cross * cross - (double) crossIm * crossIm;
        double side = left + right - 2.0 * cross;
        double mean = 0.5 * (left + right);
        if (side <= 1e-6 * mean) {
            return 1f;
        }
        return clamp01((float) (Math.max(0, det) / side / mean));
    }

    /**
     * How much a bin looks like a centred source, in [0, 1]: its level panning index (|L|²−|R|²)/(|L|²+|R|²)
     * near 0 (a Gaussian window of width {@link #PAN_WIDTH}) and its channels in phase (normalised real
     * cross-spectrum, squared). Mild panning (±0.3) already scores low, unlike plain coherence.
     */
    static float centreness(float cross, float left, float right) {
        float pan = (left - right) / (left + right);
        float phase = (float) (cross / Math.sqrt((double) left * right + 1e-40));
        float inPhase = clamp01(phase);
        float width = pan / PAN_WIDTH;
        return (float) Math.exp(-width * width) * inPhase * inPhase;
    }

    /** Turns the frame's percussive level into a percussive share. */
    private void splitPercussive(Spectra s, int t) {
        int bins = s.bins;
        int row = t * bins;
        float hz = binHz();
        for (int k = 0; k < bins; k++) {
            int i = row + k;
            float h = s.harmonic[i];
            float p = s.percussive[i];
            float lowWeight = clamp01((300f - k * hz) / 150f);
            if (lowWeight > 0) {
                // in the low band a kick is narrow in frequency, so the median across frequency misses it; what
                // rises above the sustained (time-median) level is transient
                p = Math.max(p, lowWeight * (s.power[i] - h));
            }
            // a partial whose frequency holds still over about 0.2 s is no drum hit, whatever the medians saw: a
            // plucked bass note decays like a kick and its partials fill the frequency window like one
            p *= 1 - s.steady[i];
            // and high up, sustained sound without a steady partial is cymbal or hi-hat wash, not a held note, unless
            // it is centred like a voice, whose partials wander too
            float c = s.centre[i];
            float washWeight = clamp01((k * hz - WASH_FROM_HZ) / WASH_FROM_HZ);
            h *= 1 - washWeight * (1 - s.steady[i]) * (1 - c * c);
            float share = p * p / (h * h + p * p + 1e-30f);
            s.percussive[i] = share;
        }
    }

    /** The frame's harmonic magnitude weighted by how centred each bin is, once its percussive share is known. */
    private static void centredHarmonic(Spectra s, int t, float[] centred) {
        int row = t * s.bins;
        for (int k = 0; k < s.bins; k++) {
            int i = row + k;
            float c = s.centre[i];
            centred[k] = s.power[i] * (float) Math.sqrt(1 - s.percussive[i]) * c * c;
        }
    }

    private void assignFrame(Spectra s, int t, FrameScratch scratch, int bassCandidate, float bassSum) {
        int bins = s.bins;
        int row = t * bins;
        float hz = binHz();
        float[] centred = scratch.centredHarmonic;
        centredHarmonic(s, t, centred);
        // bass: the pitch of the bass line, partials up to 1.5 kHz; a bass's partials fade with their number, so
        // its claim on a centred bin does too (the same decay its pitch salience assumes)
        float bassHz = scratch.bassPitch.candidateHz(bassCandidate);
        float bassConfidence = scratch.bassPitch.confidence(centred, 0, bins, bassHz, bassSum);
        scratch.bassPitch.decayedComb(bassHz, BASS_COMB_TOP_HZ, scratch.bassComb, bins);
        // above the low band the comb claims centred bins; the square root keeps a claim where a kick or a chord
        // blurs the frame's salience, now that the line has settled the pitch
        float combClaim = (float) Math.sqrt(bassConfidence);
        // vocals: pitch of the centred harmonic mid band once the bass partials are taken out
        for (int k = 0; k < bins; k++) {
            centred[k] *= (1 - scratch.bassComb[k] * bassConfidence) * clamp01((k * hz - 80f) / 70f);
        }
        scratch.vocalPitch.pitch(centred, 0, bins, scratch.pitch);
        float vocalConfidence = scratch.pitch[1];
        scratch.vocalPitch.comb(scratch.pitch[0], 12000f, scratch.vocalComb, bins);
        for (int k = 0; k < bins; k++) {
            int i = row + k;
            float f = k * hz;
            float magnitude = s.power[i];
            float power = magnitude * magnitude;
            float percussiveShare = s.percussive[i];
            float harmonicPower = power * (1 - percussiveShare);
            float c = s.centre[i];
            float c2 = c * c;
            // the bass is centred: in the low band it gets the centred share of the harmonic power, so a panned
            // low chord or pad stays in other
            float low = clamp01((BASS_TOP_HZ - f) / BASS_FADE_HZ) * s.centredShare[i];
            // but between the partials of the bass line, sustained centred low sound is more likely a kick's ringing
            // body: the bass gives it up, it is offered to drums, and vocals and other keep their claim on it
            float offLine = low * bassConfidence * (1 - Math.min(1f, 2 * scratch.bassComb[k]));
            low -= offLine;
            float bassShare = Math.max(low, combClaim * scratch.bassComb[k] * c2);
            float bass = harmonicPower * bassShare;
            float rest = harmonicPower - bass;
            float vocalBand = clamp01((f - 80f) / 70f) * clamp01((12000f - f) / 4000f);
            float pitched = 1 - VOCAL_COMB + VOCAL_COMB * scratch.vocalComb[k] * vocalConfidence;
            float vocals = rest * vocalWeight(c, s.looseCentredShare[i], s.steady[i]) * vocalBand * pitched;
            s.sourcePower[Spectra.VOCALS][i] = vocals;
            s.sourcePower[Spectra.DRUMS][i] = power * percussiveShare + harmonicPower * offLine;
            s.sourcePower[Spectra.BASS][i] = bass;
            s.sourcePower[Spectra.OTHER][i] = rest - vocals;
        }
    }

    /**
     * The vocal share of a bin's non-bass harmonic power: the geometric mean of the sharpened centre weight
     * (tolerant: mildly panned parts still score) and the loose centred-share bound (strict about a panned
     * source sharing the bin), with its odds then scaled by how the bin's frequency moves: a sung partial
     * wanders (vibrato, scoops, drift), most instrument partials hold still.
     */
    static float vocalWeight(float centre, float centredShare, float steady) {
        float w = (float) Math.sqrt(sharpen(centre, CENTRE_SHARPNESS) * centredShare);
        float odds = MODULATED_ODDS + (STEADY_ODDS - MODULATED_ODDS) * steady;
        return w * odds / (w * odds + 1 - w + 1e-12f);
    }

    /** Pushes a soft weight towards 0 or 1: w^a / (w^a + (1-w)^a). */
    static float sharpen(float w, float a) {
        if (a == 1f) {
            return w;
        }
        double p = Math.pow(w, a);
        return (float) (p / (p + Math.pow(1 - w, a) + 1e-30));
    }

    static float clamp01(float x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }
}
