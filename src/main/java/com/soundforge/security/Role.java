package com.soundforge.security;

public enum Role {
    USER,
    ADMIN
}
