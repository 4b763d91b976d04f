/**
 * The DAW: multi-track projects of clips cut from library tracks and stems. Every change is an operation that
 * {@link com.soundforge.daw.DawService} checks, numbers, logs and publishes on {@code daw:project:{id}}; the
 * browser applies its own edits at once and follows the server's order. Rendering lives in {@code daw.engine}.
 */
package com.soundforge.daw;
