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
 * The stereo cues ({@link StereoCues}), frequency steadiness ({@link FrequencySteadiness}) and median filters
 * ({@link SpectralMedians}) come first; then each frame's bass pitch, the bass line, and each frame's split.
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
    /** Sharpening of the centre weight before it splits harmonic energy between vocals and other. */
    static final float CENTRE_SHARPNESS = 2f;
    /**
     * Above this frequency the sustained (time-median) level counts as harmonic only as far as the bin's frequency
     * holds steady, fully from twice this frequency.
     */
    static final float WASH_FROM_HZ = 3000f;
    /** Factors on the vocal odds of a bin whose partial is frequency-modulated or steady. */
    static final float MODULATED_ODDS = 2f;

    static final float STEADY_ODDS = 0.2f;
    /** Below this frequency a kick's transient rises above the sustained level; fully so this far below it. */
    private static final float KICK_BAND_TOP_HZ = 300f;

    private static final float KICK_BAND_FADE_HZ = 150f;
    /** The vocal band: fades in from 80 Hz over 70 Hz, fades out over the 4 kHz below 12 kHz. */
    private static final float VOCAL_LOW_HZ = 80f;

    private static final float VOCAL_LOW_FADE_HZ = 70f;
    private static final float VOCAL_TOP_HZ = 12000f;
    private static final float VOCAL_TOP_FADE_HZ = 4000f;
    /** Range of vocal pitches and partials summed for each. */
    private static final float VOCAL_PITCH_LOW_HZ = 90f;

    private static final float VOCAL_PITCH_HIGH_HZ = 1000f;
    private static final int VOCAL_PARTIALS = 12;
    private final float sampleRateHz;
    private final int fftSize;
    private final Parallel parallel;
    private final SpectralMedians medians;

    SourceModel(float sampleRateHz, int fftSize, Parallel parallel) {
        this.sampleRateHz = sampleRateHz;
        this.fftSize = fftSize;
        this.parallel = parallel;
        this.medians = new SpectralMedians(sampleRateHz, fftSize, parallel);
    }

    void estimate(Spectra s) {
        int frames = s.frames;
        int bins = s.bins;
        StereoCues.compute(s, parallel);
        FrequencySteadiness.compute(s, parallel);
        medians.compute(s);
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

    /** Per-thread arrays for one frame. */
    private final class FrameScratch {
        final float[] centredHarmonic;
        final float[] bassComb;
        final float[] vocalComb;
        final float[] pitch = new float[2];
        final HarmonicComb bassPitch = new HarmonicComb(binHz(), BASS_LOW_HZ, BASS_HIGH_HZ, BASS_PARTIALS);
        final float[] bassSums = new float[bassPitch.candidates()];
        final HarmonicComb vocalPitch =
                new HarmonicComb(binHz(), VOCAL_PITCH_LOW_HZ, VOCAL_PITCH_HIGH_HZ, VOCAL_PARTIALS);

        FrameScratch(int bins) {
            centredHarmonic = new float[bins];
            bassComb = new float[bins];
            vocalComb = new float[bins];
        }
    }

    private float binHz() {
        return sampleRateHz / fftSize;
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
            float lowWeight = clamp01((KICK_BAND_TOP_HZ - k * hz) / KICK_BAND_FADE_HZ);
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
        float vocalConfidence = vocalPitch(scratch, bins, bassConfidence);
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
            float vocalBand =
                    clamp01((f - VOCAL_LOW_HZ) / VOCAL_LOW_FADE_HZ) * clamp01((VOCAL_TOP_HZ - f) / VOCAL_TOP_FADE_HZ);
            float pitched = 1 - VOCAL_COMB + VOCAL_COMB * scratch.vocalComb[k] * vocalConfidence;
            float vocals = rest * vocalWeight(c, s.looseCentredShare[i], s.steady[i]) * vocalBand * pitched;
            s.sourcePower[Spectra.VOCALS][i] = vocals;
            s.sourcePower[Spectra.DRUMS][i] = power * percussiveShare + harmonicPower * offLine;
            s.sourcePower[Spectra.BASS][i] = bass;
            s.sourcePower[Spectra.OTHER][i] = rest - vocals;
        }
    }

    /**
     * Vocals: the pitch of the centred harmonic mid band once the bass partials are taken out, its comb into
     * {@code scratch.vocalComb}; returns the pitch's confidence.
     */
    private float vocalPitch(FrameScratch scratch, int bins, float bassConfidence) {
        float hz = binHz();
        float[] centred = scratch.centredHarmonic;
        for (int k = 0; k < bins; k++) {
            centred[k] *=
                    (1 - scratch.bassComb[k] * bassConfidence) * clamp01((k * hz - VOCAL_LOW_HZ) / VOCAL_LOW_FADE_HZ);
        }
        scratch.vocalPitch.pitch(centred, 0, bins, scratch.pitch);
        float vocalConfidence = scratch.pitch[1];
        scratch.vocalPitch.comb(scratch.pitch[0], VOCAL_TOP_HZ, scratch.vocalComb, bins);
        return vocalConfidence;
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
