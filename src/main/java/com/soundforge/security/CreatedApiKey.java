package com.soundforge.security;

/** A key just created: the only moment the raw key is known; SFA keeps only its SHA-256. */
public record CreatedApiKey(ApiKey apiKey, String rawKey) {

    @Override
    public String toString() {
        return "CreatedApiKey[" + apiKey + ", rawKey=(hidden)]";
    }
}
