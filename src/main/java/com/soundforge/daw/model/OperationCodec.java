package com.soundforge.daw.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Operations and batches in their JSON-shaped form (maps and lists), with a clear reason for anything malformed. */
public final class OperationCodec {

    public static final int MAX_BATCH = 25_000;

    private OperationCodec() {}

    public static OpBatch batch(@Nullable Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidOperationException("A batch must be {id, ops}.");
        }
        UUID id = Values.uuid(map.get("id"), "The batch id");
        if (!(map.get("ops") instanceof List<?> items) || items.isEmpty()) {
            throw new InvalidOperationException("A batch needs a non-empty list of ops.");
        }
        if (items.size() > MAX_BATCH) {
            throw new InvalidOperationException("A batch holds at most " + MAX_BATCH + " operations.");
        }
        List<Operation> ops = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            try {
                ops.add(operation(items.get(i)));
            } catch (InvalidOperationException e) {
                throw new InvalidOperationException(i, "Operation " + (i + 1) + ": " + e.reason());
            }
        }
        return new OpBatch(id, List.copyOf(ops));
    }

    public static Operation operation(@Nullable Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidOperationException("An operation must be an object.");
        }
        ObjectKind kind = map.get("kind") instanceof String k
                ? ObjectKind.fromWire(k).orElseGet(OperationCodec::badKind)
                : badKind();
        String op = map.get("op") instanceof String o ? o : "";
        return switch (op) {
            case "add" -> new Operation.Add(kind, Values.uuid(map.get("id"), "id"), value(map.get("value")));
            case "set" ->
                new Operation.Set(
                        kind,
                        kind == ObjectKind.PROJECT ? null : Values.uuid(map.get("id"), "id"),
                        map.get("prop") instanceof String p ? p : badProp(),
                        map.containsKey("value") ? map.get("value") : missingValue());
            case "delete" -> new Operation.Delete(kind, Values.uuid(map.get("id"), "id"));
            default -> throw new InvalidOperationException("op must be add, set or delete.");
        };
    }

    public static Map<String, @Nullable Object> toMap(Operation op) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        switch (op) {
            case Operation.Add add -> {
                map.put("op", "add");
                map.put("kind", add.kind().wire());
                map.put("id", add.id().toString());
                map.put("value", add.value());
            }
            case Operation.Set set -> {
                map.put("op", "set");
                map.put("kind", set.kind().wire());
                UUID id = set.id();
                if (id != null) {
                    map.put("id", id.toString());
                }
                map.put("prop", set.prop());
                map.put("value", set.value());
            }
            case Operation.Delete delete -> {
                map.put("op", "delete");
                map.put("kind", delete.kind().wire());
                map.put("id", delete.id().toString());
            }
        }
        return map;
    }

    private static Map<String, @Nullable Object> value(@Nullable Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new InvalidOperationException("add needs a value object.");
        }
        Map<String, @Nullable Object> value = new LinkedHashMap<>();
        map.forEach((k, v) -> value.put(String.valueOf(k), v));
        return value;
    }

    private static ObjectKind badKind() {
        throw new InvalidOperationException("kind must be project, track, clip or marker.");
    }

    private static String badProp() {
        throw new InvalidOperationException("set needs a prop.");
    }

    private static @Nullable Object missingValue() {
        throw new InvalidOperationException("set needs a value.");
    }
}
