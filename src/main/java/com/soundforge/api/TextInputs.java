package com.soundforge.api;

/**
 * The rules every text a client sends must follow. NUL is refused everywhere (PostgreSQL cannot store it and no
 * name, link or search needs it); names also refuse the other control characters and the bidirectional overrides
 * that can make one name look like another ("\u202Egnp.exe").
 */
final class TextInputs {

    private TextInputs() {}

    /** Refuses a value holding a control character; {@code what} names it in the message ("The parameter search"). */
    static void requireNoControlCharacters(String what, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " contains a control character (such as NUL); remove it.");
        }
    }

    /** Refuses control characters and bidirectional embeddings, overrides and isolates in a name people will read. */
    static void requirePlainName(String what, String value) {
        requireNoControlCharacters(what, value);
        if (value != null && value.chars().anyMatch(TextInputs::isBidiControl)) {
            throw new IllegalArgumentException(what + " contains an invisible text-direction character; remove it.");
        }
    }

    private static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
