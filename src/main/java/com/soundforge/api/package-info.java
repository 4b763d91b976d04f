/**
 * The REST API under {@code /api/v1}: controllers only, each calling services. Authentication (HTTP Basic or an
 * API key as Bearer token) and the 401/403 answers come from the security module's API filter chain; every error
 * has the {@link com.soundforge.security.ApiError} shape.
 */
package com.soundforge.api;
