package com.soundforge.audio;

import java.nio.file.Path;
import java.util.Arrays;

/** A small file decoded completely into memory, with measurements for assertions. */
record Decoded(StreamInfo info, float[][] samples, int frames) {

    static Decoded of(Path file) throws AudioDecodeException {
        return of(file, 1000);
    }

    /** Decodes with an odd block size so block boundaries never line up with the codec's own frames. */
    static Decoded of(Path file, int blockFrames) throws AudioDecodeException {
        try (PcmStream stream = AudioDecoder.open(file)) {
            int channels = stream.info().channels();
            float[][] all = new float[channels][1 << 16];
            float[][] block = new float[channels][blockFrames];
            int total = 0;
            int frames;
            while ((frames = stream.read(block, blockFrames)) >= 0) {
                if (total + frames > all[0].length) {
                    for (int c = 0; c < channels; c++) {
                        all[c] = Arrays.copyOf(all[c], Math.max(all[c].length * 2, total + frames));
                    }
                }
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(block[c], 0, all[c], total, frames);
                }
                total += frames;
            }
            return new Decoded(stream.info(), all, total);
        }
    }

    float peak(int channel) {
        float peak = 0;
        for (int i = 0; i < frames; i++) {
            peak = Math.max(peak, Math.abs(samples[channel][i]));
        }
        return peak;
    }

    /** Estimated frequency from rising zero crossings, ignoring the first and last 10% (encoder edges). */
    double frequency(int channel) {
        int from = frames / 10;
        int to = frames - frames / 10;
        int first = -1;
        int last = -1;
        int crossings = 0;
        float[] s = samples[channel];
        for (int i = from + 1; i < to; i++) {
            if (s[i - 1] < 0 && s[i] >= 0) {
                if (first < 0) {
                    first = i;
                } else {
                    crossings++;
                }
                last = i;
            }
        }
        return crossings == 0 ? 0 : crossings * (double) info.sampleRateHz() / (last - first);
    }
}
