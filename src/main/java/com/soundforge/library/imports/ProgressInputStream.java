package com.soundforge.library.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reports bytes read so far to a download progress listener. When the listener throws (a cancelled job), the
 * read fails with a {@link ListenerStop}, an I/O error, so that storage deletes the partial file like for any
 * broken transfer; the downloader then rethrows the listener's own exception ({@link #rethrowListenerStop}).
 */
final class ProgressInputStream extends FilterInputStream {

    private final long totalBytes;
    private final DownloadProgress progress;
    private long received;

    ProgressInputStream(InputStream in, long totalBytes, DownloadProgress progress) {
        super(in);
        this.totalBytes = totalBytes;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(int n) throws ListenerStop {
        received += n;
        try {
            progress.bytesReceived(received, totalBytes);
        } catch (RuntimeException e) {
            throw new ListenerStop(e);
        }
    }

    /** Throws the listener's exception if it is what ended this failure. */
    static void rethrowListenerStop(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ListenerStop stop) {
                throw (RuntimeException) stop.getCause();
            }
        }
    }

    static final class ListenerStop extends IOException {
        ListenerStop(RuntimeException cause) {
            super("The download was stopped: " + cause.getMessage(), cause);
        }
    }
}
