package com.soundforge.daw.model;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One change to a project. Values are plain JSON values as Java objects: {@code Number}, {@code Boolean},
 * {@code String}, {@code Map<String, Object>} or null.
 */
public sealed interface Operation {

    ObjectKind kind();

    /** Adds a track, clip or marker with a client-made id; {@code value} holds its properties but the id. */
    record Add(ObjectKind kind, UUID id, Map<String, @Nullable Object> value) implements Operation {}

    /** Sets one property of the project ({@code id} null) or of one object. */
    record Set(
            ObjectKind kind,
            @Nullable UUID id,
            String prop,
            @Nullable Object value) implements Operation {}

    /** Removes a track (with its clips), a clip or a marker. */
    record Delete(ObjectKind kind, UUID id) implements Operation {}
}
