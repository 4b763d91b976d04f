package com.soundforge.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Raw API keys: {@code sfa_} followed by 32 random bytes in base64url, stored only as their SHA-256 hex. */
final class ApiKeyTokens {

    static final String PREFIX = "sfa_";
    static final int RANDOM_BYTES = 32;
    /** Prefix plus 43 base64url characters; anything much longer is not one of ours. */
    static final int MAX_LENGTH = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyTokens() {}

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean looksLikeKey(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX) && candidate.length() <= MAX_LENGTH;
    }

    static String sha256Hex(String rawKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
