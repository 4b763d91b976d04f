package com.soundforge.audio;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Random-access reads of small header fields, so chunk lists can be walked in any order. */
final class FileBytes implements AutoCloseable {

    private final FileChannel channel;
    private final long size;

    private FileBytes(FileChannel channel) throws IOException {
        this.channel = channel;
        this.size = channel.size();
    }

    static FileBytes open(Path file) throws IOException {
        return new FileBytes(FileChannel.open(file, StandardOpenOption.READ));
    }

    long size() {
        return size;
    }

    /** Reads exactly {@code length} bytes at {@code position}, or throws EOFException. */
    ByteBuffer read(long position, int length, ByteOrder order) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("unexpected end of file at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    /** Reads up to {@code length} bytes at {@code position}; fewer at the end of the file. */
    byte[] readUpTo(long position, int length) throws IOException {
        int wanted = (int) Math.max(0, Math.min(length, size - position));
        byte[] bytes = new byte[wanted];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int read = 0;
        while (buffer.hasRemaining() && read >= 0) {
            read = channel.read(buffer, position + buffer.position());
        }
        return buffer.position() == wanted ? bytes : Arrays.copyOf(bytes, buffer.position());
    }

    static String fourCc(ByteBuffer buffer) {
        byte[] id = new byte[4];
        buffer.get(id);
        return new String(id, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
