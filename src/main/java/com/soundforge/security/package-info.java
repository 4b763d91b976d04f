/**
 * Users, roles (USER, ADMIN), sign-in and registration, the first admin, who is signed in right now, and personal
 * API keys with the REST API's filter chain (HTTP Basic or {@code Bearer} key, errors as {@link ApiError} JSON).
 */
package com.soundforge.security;
