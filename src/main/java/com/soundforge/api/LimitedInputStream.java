package com.soundforge.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** A request body that fails with {@link BodyTooLargeException} as soon as more than a limit has been read. */
class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long maxBytes;
    private long read;
    private boolean exceeded;

    LimitedInputStream(ServletInputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws BodyTooLargeException {
        read += n;
        if (read > maxBytes) {
            exceeded = true;
            throw new BodyTooLargeException();
        }
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
