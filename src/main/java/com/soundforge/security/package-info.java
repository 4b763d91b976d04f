/**
 * Users, roles (USER, ADMIN), sign-in and registration (names unique and matched without regard to case), the
 * first admin, who is signed in right now, and personal API keys with the REST API's filter chain (HTTP Basic or
 * {@code Bearer} key, errors as {@link ApiError} JSON). Also the web's defences: the login form's CSRF token,
 * throttling of failed sign-ins and API keys ({@link LoginThrottle}), and the pages' security headers.
 */
package com.soundforge.security;
