package com.soundforge.audio;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A buffered stream over a file from a given offset. Read failures of the file itself surface as
 * {@link FileReadFailure}, so they can be told apart from a decoder's complaints about the data.
 */
final class SourceInput extends FilterInputStream {

    private static final int BUFFER_BYTES = 64 * 1024;

    private SourceInput(InputStream in) {
        super(new BufferedInputStream(new FailureMarking(in), BUFFER_BYTES));
    }

    static SourceInput open(Path file, long offset) throws AudioDecodeException {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new SourceInput(Channels.newInputStream(channel));
        } catch (IOException e) {
            throw AudioDecodeException.io(e);
        }
    }

    void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // nothing useful to do once decoding is over
        }
    }

    static final class FileReadFailure extends IOException {
        private final IOException readError;

        FileReadFailure(IOException cause) {
            super(cause.getMessage(), cause);
            this.readError = cause;
        }

        /** The same exception as {@link #getCause()}, typed and never null. */
        IOException readError() {
            return readError;
        }
    }

    private static final class FailureMarking extends FilterInputStream {
        FailureMarking(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new FileReadFailure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new FileReadFailure(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return super.skip(n);
            } catch (IOException e) {
                throw new FileReadFailure(e);
            }
        }
    }
}
