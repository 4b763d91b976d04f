package com.soundforge.daw;

import com.soundforge.daw.model.InvalidOperationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads the fields of a screen's live messages (presence, cursor, preview) as a channel client sends them. */
final class LiveMessages {

    private LiveMessages() {}

    static List<UUID> clipIds(@Nullable Object raw) {
        if (raw == null) {
            return List.of();
        }
        List<?> items = list(raw, "selection");
        List<UUID> ids = new ArrayList<>(items.size());
        for (Object item : items) {
            ids.add(id(item, "selection"));
        }
        return ids;
    }

    static @Nullable UUID optionalId(@Nullable Object raw, String field) {
        return raw == null || "".equals(raw) ? null : id(raw, field);
    }

    static @Nullable String optionalText(@Nullable Object raw, String field) {
        if (raw == null || "".equals(raw)) {
            return null;
        }
        if (!(raw instanceof String text)) {
            throw new InvalidOperationException(field + " must be a string or null.");
        }
        return text;
    }

    static double number(@Nullable Object raw, String field) {
        if (!(raw instanceof Number n)) {
            throw new InvalidOperationException(field + " must be a number.");
        }
        return n.doubleValue();
    }

    static @Nullable Double optionalNumber(@Nullable Object raw, String field) {
        return raw == null ? null : number(raw, field);
    }

    /** The span of the timeline in view, {@code {start, end}} in seconds with start before end, or null. */
    static @Nullable Map<String, Double> view(@Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Map<?, ?> view
                && view.get("start") instanceof Number start
                && view.get("end") instanceof Number end
                && Double.isFinite(start.doubleValue())
                && Double.isFinite(end.doubleValue())
                && start.doubleValue() >= 0
                && end.doubleValue() > start.doubleValue()
                && end.doubleValue() <= 86_400) {
            return Map.of("start", start.doubleValue(), "end", end.doubleValue());
        }
        throw new InvalidOperationException("view must be {start, end} in seconds, start before end, or null.");
    }

    static List<?> list(@Nullable Object raw, String field) {
        if (!(raw instanceof List<?> items)) {
            throw new InvalidOperationException(field + " must be a list.");
        }
        return items;
    }

    private static UUID id(@Nullable Object raw, String field) {
        if (raw instanceof String text) {
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                // falls through to the refusal
            }
        }
        throw new InvalidOperationException(field + " must hold clip or track ids (UUIDs).");
    }
}
