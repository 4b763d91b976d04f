package com.soundforge.audio;

import java.io.IOException;
import java.nio.file.Path;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/**
 * Decodes MPEG audio with JLayer, one frame at a time. When the file carries a LAME/Xing header the encoder
 * and decoder delay are trimmed, the padding is dropped and the declared length is enforced.
 */
final class Mp3PcmStream implements PcmStream {

    private final SourceInput in;
    private final Bitstream bitstream;
    private final Decoder decoder = new Decoder();
    private final StreamInfo info;
    private long skipFrames;
    private short[] pending = new short[0];
    private int pendingOffset;
    private int pendingLength;
    private long framesOut;
    private boolean ended;

    private Mp3PcmStream(SourceInput in, StreamInfo info, long skipFrames) {
        this.in = in;
        this.bitstream = new Bitstream(in);
        this.info = info;
        this.skipFrames = skipFrames;
    }

    static PcmStream open(Path file, long audioOffset) throws AudioDecodeException {
        Mp3FrameHeader first;
        byte[] firstFrame;
        try (FileBytes bytes = FileBytes.open(file)) {
            first = Mp3FrameHeader.parse(bytes.readUpTo(audioOffset, 4), 0);
            if (first == null) {
                throw AudioDecodeException.corrupt("no MPEG audio frame where the first one should be");
            }
            firstFrame = bytes.readUpTo(audioOffset, first.frameLength());
        } catch (IOException e) {
            throw AudioDecodeException.io(e);
        }
        Mp3InfoTag tag = Mp3InfoTag.parse(firstFrame, first);
        long declared = -1;
        long skip = 0;
        if (tag != null && tag.knowsGaplessLength()) {
            declared = tag.frameCount() * first.samplesPerFrame() - tag.encoderDelay() - tag.encoderPadding();
            skip = tag.encoderDelay() + Mp3InfoTag.DECODER_DELAY;
        } else if (tag != null && tag.frameCount() >= 0) {
            declared = tag.frameCount() * first.samplesPerFrame();
        }
        String detail = first.describe(tag != null && tag.variableBitrate());
        StreamInfo info = new StreamInfo(
                AudioFileType.MP3.codecId(), detail, first.sampleRate(), first.channels(), Math.max(declared, -1));
        SourceInput in = SourceInput.open(file, audioOffset + (tag != null ? firstFrame.length : 0));
        return new Mp3PcmStream(in, info, skip);
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    @Override
    public int read(float[][] planar, int maxFrames) throws AudioDecodeException {
        int channels = info.channels();
        long declared = info.declaredFrames();
        int produced = 0;
        while (produced < maxFrames && (declared < 0 || framesOut < declared)) {
            if (pendingOffset >= pendingLength) {
                if (!decodeNextFrame()) {
                    break;
                }
                continue;
            }
            int available = (pendingLength - pendingOffset) / channels;
            if (skipFrames > 0) {
                int skipped = (int) Math.min(skipFrames, available);
                skipFrames -= skipped;
                pendingOffset += skipped * channels;
                continue;
            }
            long room = declared < 0 ? Long.MAX_VALUE : declared - framesOut;
            int frames = (int) Math.min(Math.min(maxFrames - produced, available), room);
            for (int frame = 0; frame < frames; frame++) {
                for (int channel = 0; channel < channels; channel++) {
                    planar[channel][produced + frame] = pending[pendingOffset++] / 32768f;
                }
            }
            produced += frames;
            framesOut += frames;
        }
        if (produced > 0) {
            return produced;
        }
        if (declared >= 0 && framesOut < declared) {
            throw AudioDecodeException.truncated(declared, framesOut);
        }
        return -1;
    }

    private boolean decodeNextFrame() throws AudioDecodeException {
        if (ended) {
            return false;
        }
        try {
            Header header = bitstream.readFrame();
            if (header == null) {
                ended = true;
                return false;
            }
            SampleBuffer output = (SampleBuffer) decoder.decodeFrame(header, bitstream);
            bitstream.closeFrame();
            if (output.getChannelCount() != info.channels()) {
                throw AudioDecodeException.corrupt("the MP3 changes its channel count mid-stream");
            }
            pending = output.getBuffer();
            pendingLength = output.getBufferLength();
            pendingOffset = 0;
            return true;
        } catch (Exception e) {
            throw DecodeFailures.of(e, "MP3");
        }
    }

    @Override
    public void close() {
        in.closeQuietly();
    }
}
