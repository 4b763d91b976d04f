package com.soundforge.security;

import java.util.UUID;

/** An active API key and the account it acts as. */
public record AuthenticatedKey(UUID keyId, UserAccount owner) {}
