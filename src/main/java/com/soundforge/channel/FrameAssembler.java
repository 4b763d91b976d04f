package com.soundforge.channel;

/**
 * Joins the fragments in which the container hands over a text message, refusing one whose UTF-8 size exceeds the
 * limit as soon as it does (so a huge frame is never held in memory). Not thread-safe.
 */
final class FrameAssembler {

    private final long maxBytes;
    private final StringBuilder text = new StringBuilder();
    private long bytes;

    FrameAssembler(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Adds a fragment; false when the message is now too large (the caller closes the connection). */
    boolean append(String fragment) {
        bytes += utf8Length(fragment);
        if (bytes > maxBytes) {
            text.setLength(0);
            return false;
        }
        text.append(fragment);
        return true;
    }

    String take() {
        String message = text.toString();
        text.setLength(0);
        bytes = 0;
        return message;
    }

    static long utf8Length(CharSequence s) {
        long length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                length += 1;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
