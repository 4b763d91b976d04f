package com.soundforge.audio;

import java.nio.file.Path;
import org.jflac.ChannelData;
import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;

/** Decodes FLAC with jFLAC frame by frame, rejecting frames that fail their checksum or cannot be parsed. */
final class FlacPcmStream implements PcmStream {

    private final SourceInput in;
    private final FLACDecoder decoder;
    private final StreamInfo info;
    private final float scale;
    private final ErrorListener errors;
    private int frameLength;
    private int frameOffset;
    private long framesDecoded;
    private boolean ended;

    private FlacPcmStream(SourceInput in, FLACDecoder decoder, ErrorListener errors, StreamInfo info, int bits) {
        this.in = in;
        this.decoder = decoder;
        this.errors = errors;
        this.info = info;
        this.scale = Math.scalb(1f, -(bits - 1));
    }

    static PcmStream open(Path file) throws AudioDecodeException {
        SourceInput in = SourceInput.open(file, 0);
        try {
            FLACDecoder decoder = new FLACDecoder(in);
            ErrorListener errors = new ErrorListener();
            decoder.addFrameListener(errors);
            decoder.readMetadata();
            org.jflac.metadata.StreamInfo streamInfo = decoder.getStreamInfo();
            if (streamInfo == null) {
                throw AudioDecodeException.corrupt("the FLAC file has no STREAMINFO block");
            }
            int bits = streamInfo.getBitsPerSample();
            long total = streamInfo.getTotalSamples() > 0 ? streamInfo.getTotalSamples() : -1;
            StreamInfo info = new StreamInfo(
                    AudioFileType.FLAC.codecId(),
                    "FLAC " + bits + "-bit",
                    streamInfo.getSampleRate(),
                    streamInfo.getChannels(),
                    total);
            if (info.channels() < 1 || info.sampleRateHz() < 1 || bits < 4 || bits > 32) {
                throw AudioDecodeException.corrupt("the FLAC STREAMINFO block is inconsistent");
            }
            return new FlacPcmStream(in, decoder, errors, info, bits);
        } catch (Exception e) {
            in.closeQuietly();
            throw DecodeFailures.of(e, "FLAC");
        }
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    @Override
    public int read(float[][] planar, int maxFrames) throws AudioDecodeException {
        int produced = 0;
        while (produced < maxFrames) {
            if (frameOffset >= frameLength && !decodeNextFrame()) {
                break;
            }
            int frames = Math.min(maxFrames - produced, frameLength - frameOffset);
            ChannelData[] channelData = decoder.getChannelData();
            for (int channel = 0; channel < info.channels(); channel++) {
                int[] samples = channelData[channel].getOutput();
                float[] target = planar[channel];
                for (int i = 0; i < frames; i++) {
                    target[produced + i] = samples[frameOffset + i] * scale;
                }
            }
            frameOffset += frames;
            produced += frames;
        }
        if (produced > 0) {
            return produced;
        }
        if (info.declaredFrames() >= 0 && framesDecoded < info.declaredFrames()) {
            throw AudioDecodeException.truncated(info.declaredFrames(), framesDecoded);
        }
        return -1;
    }

    private boolean decodeNextFrame() throws AudioDecodeException {
        long declared = info.declaredFrames();
        if (ended || (declared >= 0 && framesDecoded >= declared)) {
            return false;
        }
        int badBefore = decoder.getBadFrames();
        Frame frame;
        try {
            frame = decoder.readNextFrame();
        } catch (Exception e) {
            throw DecodeFailures.of(e, "FLAC");
        }
        if (errors.checksumFailed || decoder.getBadFrames() > badBefore) {
            throw AudioDecodeException.corrupt("a FLAC frame after sample " + framesDecoded + " is damaged");
        }
        if (frame == null) {
            ended = true;
            return false;
        }
        if (frame.header.channels != info.channels()) {
            throw AudioDecodeException.corrupt(
                    "a FLAC frame has " + frame.header.channels + " channels instead of " + info.channels());
        }
        frameLength = declared < 0
                ? frame.header.blockSize
                : (int) Math.min(frame.header.blockSize, declared - framesDecoded);
        frameOffset = 0;
        framesDecoded += frameLength;
        return true;
    }

    @Override
    public void close() {
        in.closeQuietly();
    }

    private static final class ErrorListener implements FrameListener {
        boolean checksumFailed;

        @Override
        public void processMetadata(Metadata metadata) {}

        @Override
        public void processFrame(Frame frame) {}

        @Override
        public void processError(String message) {
            if (message.startsWith("CRC Error")) {
                checksumFailed = true;
            }
        }
    }
}
