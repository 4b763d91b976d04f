package com.soundforge.audio;

import java.io.IOException;
import java.nio.file.Path;

/** Decodes any supported file into a 24-bit PCM WAV, block by block. */
public final class WavTranscoder {

    private static final int BLOCK_FRAMES = 8192;

    private WavTranscoder() {}

    public static long transcode(Path source, Path target) throws AudioDecodeException, IOException {
        try (PcmStream stream = AudioDecoder.open(source)) {
            StreamInfo info = stream.info();
            float[][] block = new float[info.channels()][BLOCK_FRAMES];
            long frames = 0;
            try (WavWriter writer = new WavWriter(target, info.sampleRateHz(), info.channels())) {
                int read;
                while ((read = stream.read(block, BLOCK_FRAMES)) >= 0) {
                    writer.write(block, read);
                    frames += read;
                }
            }
            return frames;
        }
    }
}
