package com.soundforge.analysis.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Mono downmix decimated by half-band stages to a working rate of 16–32 kHz ({@link #workRate()}, e.g. 22050 Hz for
 * 44.1 kHz input) and one more stage to half of that ({@link #keyRate()}). Listeners receive the decimated blocks.
 * One front end is shared by tempo, key and feature analysis in the engine.
 */
final class FrontEnd {

    /** Receives decimated mono samples. */
    interface Sink {
        void accept(float[] samples, int n);

        /** End of stream. */
        default void end() {}
    }

    /** The work rate is the input rate halved while it stays at or above this. */
    private static final int MIN_WORK_RATE_HZ = 16000;
    /** Room for what a decimator's delay line still holds at the end (under {@code HALF} samples). */
    private static final int TAIL_SAMPLES = 64;

    private final int channels;
    private final int workRate;
    private final HalfbandDecimator[] toWork;
    private final HalfbandDecimator toKey = new HalfbandDecimator();
    private final List<Sink> workSinks = new ArrayList<>();
    private final List<Sink> keySinks = new ArrayList<>();
    private float[] mono = new float[0];
    private float[][] stage = new float[0][];
    private float[] keyBuffer = new float[0];

    FrontEnd(int sampleRateHz, int channels) {
        this.channels = Math.max(1, channels);
        int stages = 0;
        int rate = sampleRateHz;
        while (rate / 2 >= MIN_WORK_RATE_HZ) {
            rate /= 2;
            stages++;
        }
        this.workRate = sampleRateHz >> stages;
        this.toWork = new HalfbandDecimator[stages];
        for (int i = 0; i < stages; i++) {
            toWork[i] = new HalfbandDecimator();
        }
    }

    /** Work rate in Hz (exact only when the input rate divides; e.g. 44100 → 22050, 48000 → 24000). */
    double workRate() {
        return workRate;
    }

    double keyRate() {
        return workRate / 2.0;
    }

    void addWorkSink(Sink sink) {
        workSinks.add(sink);
    }

    void addKeySink(Sink sink) {
        keySinks.add(sink);
    }

    void process(float[][] planar, int frames) {
        if (frames <= 0) {
            return;
        }
        if (mono.length < frames) {
            mono = new float[frames];
            stage = new float[toWork.length][frames];
            keyBuffer = new float[frames];
        }
        float scale = 1f / channels;
        float[] c0 = planar[0];
        if (channels == 1) {
            System.arraycopy(c0, 0, mono, 0, frames);
        } else {
            for (int i = 0; i < frames; i++) {
                mono[i] = c0[i];
            }
            for (int c = 1; c < channels; c++) {
                float[] ch = planar[c];
                for (int i = 0; i < frames; i++) {
                    mono[i] += ch[i];
                }
            }
            for (int i = 0; i < frames; i++) {
                mono[i] *= scale;
            }
        }
        float[] current = mono;
        int n = frames;
        for (int s = 0; s < toWork.length; s++) {
            n = toWork[s].process(current, n, stage[s]);
            current = stage[s];
        }
        deliver(current, n);
    }

    private void deliver(float[] work, int n) {
        if (n <= 0) {
            return;
        }
        for (Sink sink : workSinks) {
            sink.accept(work, n);
        }
        if (!keySinks.isEmpty()) {
            if (keyBuffer.length < n) {
                keyBuffer = new float[n];
            }
            int k = toKey.process(work, n, keyBuffer);
            for (Sink sink : keySinks) {
                sink.accept(keyBuffer, k);
            }
        }
    }

    /** Flushes the decimators' delay lines and tells the listeners the stream ended. */
    void end() {
        float[] current = null;
        int n = 0;
        for (int s = 0; s < toWork.length; s++) {
            float[] out = new float[TAIL_SAMPLES + (current == null ? 0 : n)];
            int produced = 0;
            if (current != null && n > 0) {
                produced = toWork[s].process(current, n, out);
            }
            float[] tail = new float[TAIL_SAMPLES];
            int t = toWork[s].flush(tail);
            float[] merged = new float[produced + t];
            System.arraycopy(out, 0, merged, 0, produced);
            System.arraycopy(tail, 0, merged, produced, t);
            current = merged;
            n = merged.length;
        }
        if (current != null) {
            deliver(current, n);
        }
        if (!keySinks.isEmpty()) {
            float[] tail = new float[TAIL_SAMPLES];
            int t = toKey.flush(tail);
            for (Sink sink : keySinks) {
                if (t > 0) {
                    sink.accept(tail, t);
                }
            }
        }
        for (Sink sink : workSinks) {
            sink.end();
        }
        for (Sink sink : keySinks) {
            sink.end();
        }
    }
}
