package com.soundforge.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A short 16-bit mono WAV with a RIFF {@code LIST/INFO} chunk, written byte by byte as common tools write it:
 * every text value ends in a NUL byte (and a pad byte when its length is odd).
 */
public final class InfoTaggedWav {

    private static final int RATE = 8000;
    private static final int FRAMES = 8000;

    private InfoTaggedWav() {}

    /** Writes the file with {@code INAM} (title), {@code IART} (artist) and {@code IPRD} (album) values as given. */
    public static Path write(Path file, String title, String artist, String album) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("INAM", title);
        info.put("IART", artist);
        info.put("IPRD", album);
        byte[] list = listChunk(info);
        byte[] data = sine();
        ByteBuffer fmt = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        fmt.put(ascii("fmt "))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1)
                .putInt(RATE)
                .putInt(RATE * 2)
                .putShort((short) 2)
                .putShort((short) 16);
        ByteBuffer dataHead = ByteBuffer.allocate(8)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put(ascii("data"))
                .putInt(data.length);
        int riffSize = 4 + fmt.capacity() + list.length + dataHead.capacity() + data.length;
        ByteBuffer riff = ByteBuffer.allocate(12)
                .order(ByteOrder.LITTLE_ENDIAN)
                .put(ascii("RIFF"))
                .putInt(riffSize)
                .put(ascii("WAVE"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(riff.array());
        out.writeBytes(fmt.array());
        out.writeBytes(list);
        out.writeBytes(dataHead.array());
        out.writeBytes(data);
        try {
            return Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] listChunk(Map<String, String> info) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ascii("INFO"));
        info.forEach((id, value) -> {
            byte[] text = (value + "\0").getBytes(StandardCharsets.UTF_8);
            body.writeBytes(ascii(id));
            body.writeBytes(ByteBuffer.allocate(4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(text.length)
                    .array());
            body.writeBytes(text);
            if (text.length % 2 == 1) {
                body.write(0);
            }
        });
        byte[] content = body.toByteArray();
        ByteBuffer chunk = ByteBuffer.allocate(8 + content.length).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(ascii("LIST")).putInt(content.length).put(content);
        return chunk.array();
    }

    private static byte[] sine() {
        ByteBuffer samples = ByteBuffer.allocate(FRAMES * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < FRAMES; i++) {
            samples.putShort((short) Math.round(Math.sin(2 * Math.PI * 440 * i / RATE) * 12000));
        }
        return samples.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
