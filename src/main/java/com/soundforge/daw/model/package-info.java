/**
 * A DAW project's state as plain Java values: the project's own settings, its tracks, clips and markers, and the
 * operations that change them. Shared by the service that applies operations, the engine that renders a project
 * and the API; knows nothing of Spring (but the module marker), the database or JSON.
 */
@NullMarked
@NamedInterface("model")
package com.soundforge.daw.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
