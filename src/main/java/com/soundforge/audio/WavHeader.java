package com.soundforge.audio;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads the RIFF/RF64 chunk list of a WAV file far enough to know its sample layout. */
final class WavHeader {

    private static final int FORMAT_PCM = 0x0001;
    private static final int FORMAT_FLOAT = 0x0003;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;
    private static final byte[] GUID_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71
    };

    private record Fmt(int tag, int channels, int sampleRate, int blockAlign, int bits) {}

    private WavHeader() {}

    static PcmLayout read(Path file) throws AudioDecodeException {
        try (FileBytes bytes = FileBytes.open(file)) {
            return read(bytes);
        } catch (EOFException e) {
            throw AudioDecodeException.corrupt("the WAV header is incomplete", e);
        } catch (IOException e) {
            throw AudioDecodeException.io(e);
        }
    }

    private static PcmLayout read(FileBytes bytes) throws IOException, AudioDecodeException {
        boolean rf64 = "RF64".equals(FileBytes.fourCc(bytes.read(0, 4, ByteOrder.LITTLE_ENDIAN)));
        long ds64DataSize = -1;
        Fmt fmt = null;
        long dataOffset = -1;
        long dataSize = -1;
        long position = 12;
        while (position + 8 <= bytes.size() && (fmt == null || dataOffset < 0)) {
            ByteBuffer header = bytes.read(position, 8, ByteOrder.LITTLE_ENDIAN);
            String id = FileBytes.fourCc(header);
            long size = Integer.toUnsignedLong(header.getInt());
            long body = position + 8;
            switch (id) {
                case "ds64" ->
                    ds64DataSize =
                            bytes.read(body + 8, 8, ByteOrder.LITTLE_ENDIAN).getLong();
                case "fmt " -> fmt = readFmt(bytes, body, size);
                case "data" -> {
                    dataOffset = body;
                    dataSize = size != UNKNOWN_SIZE ? size : (rf64 ? ds64DataSize : -1);
                }
                default -> {}
            }
            if ("data".equals(id) && dataSize < 0) {
                break;
            }
            position = body + size + (size & 1);
        }
        if (fmt == null) {
            throw AudioDecodeException.corrupt("the WAV file has no format chunk");
        }
        if (dataOffset < 0) {
            throw AudioDecodeException.corrupt("the WAV file has no data chunk");
        }
        return layout(fmt, dataOffset, dataSize);
    }

    private static Fmt readFmt(FileBytes bytes, long body, long size) throws IOException, AudioDecodeException {
        if (size < 16) {
            throw AudioDecodeException.corrupt("the WAV format chunk is too short");
        }
        ByteBuffer fmt = bytes.read(body, (int) Math.min(size, 40), ByteOrder.LITTLE_ENDIAN);
        int tag = Short.toUnsignedInt(fmt.getShort());
        int channels = Short.toUnsignedInt(fmt.getShort());
        int sampleRate = fmt.getInt();
        fmt.getInt();
        int blockAlign = Short.toUnsignedInt(fmt.getShort());
        int bits = Short.toUnsignedInt(fmt.getShort());
        if (tag == FORMAT_EXTENSIBLE && size >= 40) {
            fmt.position(24);
            tag = Short.toUnsignedInt(fmt.getShort());
            byte[] tail = new byte[GUID_TAIL.length];
            fmt.get(tail);
            if (!Arrays.equals(tail, GUID_TAIL)) {
                throw AudioDecodeException.unsupported("WAV with a non-standard extensible sub-format");
            }
        }
        return new Fmt(tag, channels, sampleRate, blockAlign, bits);
    }

    private static PcmLayout layout(Fmt fmt, long dataOffset, long dataSize) throws AudioDecodeException {
        if (fmt.tag != FORMAT_PCM && fmt.tag != FORMAT_FLOAT) {
            throw AudioDecodeException.unsupported(
                    "WAV " + WavFormatTags.name(fmt.tag) + String.format(" (format tag 0x%04X)", fmt.tag));
        }
        if (fmt.channels == 0 || fmt.sampleRate <= 0 || fmt.blockAlign == 0 || fmt.blockAlign % fmt.channels != 0) {
            throw AudioDecodeException.corrupt("the WAV format chunk is inconsistent (" + fmt.channels + " channels, "
                    + fmt.sampleRate + " Hz, " + fmt.blockAlign + " bytes per frame)");
        }
        int container = fmt.blockAlign / fmt.channels;
        SampleFormat.Encoding encoding = fmt.tag == FORMAT_FLOAT
                ? SampleFormat.Encoding.FLOAT
                : container == 1 ? SampleFormat.Encoding.UNSIGNED_INT : SampleFormat.Encoding.SIGNED_INT;
        boolean validContainer =
                encoding == SampleFormat.Encoding.FLOAT ? container == 4 || container == 8 : container <= 4;
        if (!validContainer) {
            throw AudioDecodeException.unsupported("WAV with " + container * 8 + "-bit "
                    + (encoding == SampleFormat.Encoding.FLOAT ? "float" : "integer") + " samples");
        }
        SampleFormat format = new SampleFormat(encoding, container, ByteOrder.LITTLE_ENDIAN);
        String detail = (fmt.tag == FORMAT_FLOAT ? "IEEE float " : "PCM ") + Math.min(fmt.bits, container * 8) + "-bit";
        long frames = dataSize < 0 ? -1 : dataSize / fmt.blockAlign;
        StreamInfo info = new StreamInfo(AudioFileType.WAV.codecId(), detail, fmt.sampleRate, fmt.channels, frames);
        return new PcmLayout(info, format, dataOffset, dataSize, frames);
    }
}
