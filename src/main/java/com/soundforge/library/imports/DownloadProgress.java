package com.soundforge.library.imports;

/** Receives a URL download's progress; {@code totalBytes} is -1 when the server sends no length. */
@FunctionalInterface
public interface DownloadProgress {

    void bytesReceived(long receivedBytes, long totalBytes);
}
