/**
 * The DJ's screen ({@code /dj}) and the spectators' screen ({@code /watch/{token}}), with the Java wrappers of the
 * Lit components in {@code frontend/dj/}.
 */
package com.soundforge.dj.ui;
