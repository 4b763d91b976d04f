package com.soundforge.audio;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the chunk list of an AIFF or AIFF-C file far enough to know its sample layout. */
final class AiffHeader {

    private static final Map<String, String> COMPRESSION_NAMES = Map.of(
            "ima4",
            "IMA ADPCM",
            "ulaw",
            "\u00b5-law",
            "ULAW",
            "\u00b5-law",
            "alaw",
            "A-law",
            "ALAW",
            "A-law",
            "MAC3",
            "MACE 3:1",
            "MAC6",
            "MACE 6:1",
            "QDM2",
            "QDesign Music 2",
            "Qclp",
            "Qualcomm PureVoice");

    private record Comm(int channels, long frames, int bits, double sampleRate, String compression) {}

    private AiffHeader() {}

    static PcmLayout read(Path file) throws AudioDecodeException {
        try (FileBytes bytes = FileBytes.open(file)) {
            return read(bytes);
        } catch (EOFException e) {
            throw AudioDecodeException.corrupt("the AIFF header is incomplete", e);
        } catch (IOException e) {
            throw AudioDecodeException.io(e);
        }
    }

    private static PcmLayout read(FileBytes bytes) throws IOException, AudioDecodeException {
        boolean aifc = "AIFC".equals(FileBytes.fourCc(bytes.read(8, 4, ByteOrder.BIG_ENDIAN)));
        Comm comm = null;
        long dataOffset = -1;
        long dataBytes = -1;
        long position = 12;
        while (position + 8 <= bytes.size() && (comm == null || dataOffset < 0)) {
            ByteBuffer header = bytes.read(position, 8, ByteOrder.BIG_ENDIAN);
            String id = FileBytes.fourCc(header);
            long size = Integer.toUnsignedLong(header.getInt());
            long body = position + 8;
            if ("COMM".equals(id)) {
                comm = readComm(bytes, body, aifc);
            } else if ("SSND".equals(id)) {
                long offset = Integer.toUnsignedLong(
                        bytes.read(body, 4, ByteOrder.BIG_ENDIAN).getInt());
                dataOffset = body + 8 + offset;
                dataBytes = Math.max(0, size - 8 - offset);
            }
            position = body + size + (size & 1);
        }
        if (comm == null) {
            throw AudioDecodeException.corrupt("the AIFF file has no COMM chunk");
        }
        if (dataOffset < 0) {
            if (comm.frames == 0) {
                dataOffset = bytes.size();
                dataBytes = 0;
            } else {
                throw AudioDecodeException.corrupt("the AIFF file has no sound data chunk");
            }
        }
        return layout(comm, dataOffset, dataBytes);
    }

    private static Comm readComm(FileBytes bytes, long body, boolean aifc) throws IOException {
        ByteBuffer comm = bytes.read(body, aifc ? 22 : 18, ByteOrder.BIG_ENDIAN);
        int channels = Short.toUnsignedInt(comm.getShort());
        long frames = Integer.toUnsignedLong(comm.getInt());
        int bits = comm.getShort();
        double sampleRate = extended80(comm);
        String compression = aifc ? FileBytes.fourCc(comm) : "NONE";
        return new Comm(channels, frames, bits, sampleRate, compression);
    }

    private static double extended80(ByteBuffer buffer) {
        int signAndExponent = Short.toUnsignedInt(buffer.getShort());
        long mantissa = buffer.getLong();
        int exponent = (signAndExponent & 0x7FFF) - 16383 - 63;
        double value = Math.scalb((double) (mantissa >>> 11), exponent + 11);
        return (signAndExponent & 0x8000) != 0 ? -value : value;
    }

    private static PcmLayout layout(Comm comm, long dataOffset, long dataBytes) throws AudioDecodeException {
        int bytesPerSample = (comm.bits + 7) / 8;
        SampleFormat format = switch (comm.compression) {
            case "NONE", "twos" -> integer(bytesPerSample, ByteOrder.BIG_ENDIAN);
            case "sowt" -> integer(bytesPerSample, ByteOrder.LITTLE_ENDIAN);
            case "fl32", "FL32" -> new SampleFormat(SampleFormat.Encoding.FLOAT, 4, ByteOrder.BIG_ENDIAN);
            case "fl64", "FL64" -> new SampleFormat(SampleFormat.Encoding.FLOAT, 8, ByteOrder.BIG_ENDIAN);
            default ->
                throw AudioDecodeException.unsupported("AIFF-C "
                        + COMPRESSION_NAMES.getOrDefault(
                                comm.compression, "compression '" + comm.compression.trim() + "'"));
        };
        if (format == null) {
            throw AudioDecodeException.unsupported("AIFF with " + comm.bits + "-bit samples");
        }
        long rate = Math.round(comm.sampleRate);
        if (comm.channels == 0 || rate <= 0 || rate > Integer.MAX_VALUE) {
            throw AudioDecodeException.corrupt(
                    "the AIFF COMM chunk is inconsistent (" + comm.channels + " channels, " + comm.sampleRate + " Hz)");
        }
        String detail = format.encoding() == SampleFormat.Encoding.FLOAT
                ? "IEEE float " + format.bytes() * 8 + "-bit"
                : "PCM " + comm.bits + "-bit";
        StreamInfo info = new StreamInfo(AudioFileType.AIFF.codecId(), detail, (int) rate, comm.channels, comm.frames);
        return new PcmLayout(info, format, dataOffset, dataBytes, comm.frames);
    }

    private static @Nullable SampleFormat integer(int bytes, ByteOrder order) {
        return bytes >= 1 && bytes <= 4 ? new SampleFormat(SampleFormat.Encoding.SIGNED_INT, bytes, order) : null;
    }
}
