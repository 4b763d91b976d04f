package com.soundforge.security;

/** An account's name as stored, its password hash and its role: what signing in needs and nothing shows. */
record UserCredentials(String username, String passwordHash, Role role) {}
