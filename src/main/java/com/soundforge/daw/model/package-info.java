/**
 * A DAW project's state as plain Java values: the project's own settings, its tracks, clips and markers, and the
 * operations that change them. Shared by the service that applies operations and the engine that renders a
 * project; knows nothing of Spring, the database or JSON.
 */
@NullMarked
package com.soundforge.daw.model;

import org.jspecify.annotations.NullMarked;
