package com.soundforge.audio;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Decodes a whole file once with a fixed buffer, validating it and collecting length, peaks and tags. */
public final class AudioScanner {

    private static final int BLOCK_FRAMES = 8192;

    private AudioScanner() {}

    /**
     * @param originalFileName the name the user gave the file, used when tags are missing; may be null
     * @throws AudioDecodeException when the file is not decodable audio, including CORRUPT for zero frames
     */
    public static ScanResult scan(Path file, @Nullable String originalFileName) throws AudioDecodeException {
        StreamInfo info;
        WaveformBuilder waveform = new WaveformBuilder();
        try (PcmStream stream = AudioDecoder.open(file)) {
            info = stream.info();
            float[][] block = new float[info.channels()][BLOCK_FRAMES];
            int frames;
            while ((frames = stream.read(block, BLOCK_FRAMES)) >= 0) {
                waveform.accept(block, frames);
            }
        }
        long totalFrames = waveform.frames();
        if (totalFrames == 0) {
            throw AudioDecodeException.corrupt("the file contains no audio frames");
        }
        long durationMs = Math.round(totalFrames * 1000.0 / info.sampleRateHz());
        Tags tags = TagReader.read(file, originalFileName, AudioFileType.ofCodecId(info.codec()));
        return new ScanResult(info, totalFrames, durationMs, tags, waveform.finish(), waveform.peakAmplitude());
    }
}
