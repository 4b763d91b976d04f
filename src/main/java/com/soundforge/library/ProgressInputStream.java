package com.soundforge.library;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reports bytes read so far to a download progress listener. */
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

    private void advance(int n) {
        received += n;
        progress.bytesReceived(received, totalBytes);
    }
}
