package com.soundforge.realtime;

import com.soundforge.realtime.PresenceTracker.PresenceDiff;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a client holds after applying presence messages the way the {@code phoenix} client's {@code Presence} does
 * ({@code syncState}, then {@code syncDiff}: a diff's joins before its leaves), reduced to the refs per key.
 */
final class PhoenixPresenceModel {

    private final Map<String, Set<String>> refsByKey = new TreeMap<>();

    void syncState(Map<String, Map<String, List<Map<String, Object>>>> state) {
        refsByKey.clear();
        state.forEach((key, entry) -> refsByKey.put(key, refs(entry)));
    }

    void syncDiff(PresenceDiff diff) {
        diff.joins()
                .forEach((key, entry) -> refsByKey
                        .computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .addAll(refs(entry)));
        diff.leaves().forEach((key, entry) -> {
            Set<String> current = refsByKey.get(key);
            if (current != null) {
                current.removeAll(refs(entry));
                if (current.isEmpty()) {
                    refsByKey.remove(key);
                }
            }
        });
    }

    Map<String, Set<String>> refsByKey() {
        return refsByKey;
    }

    static Map<String, Set<String>> of(Map<String, Map<String, List<Map<String, Object>>>> state) {
        PhoenixPresenceModel model = new PhoenixPresenceModel();
        model.syncState(state);
        return model.refsByKey();
    }

    private static Set<String> refs(Map<String, List<Map<String, Object>>> entry) {
        Set<String> refs = new LinkedHashSet<>();
        entry.get("metas").forEach(meta -> refs.add((String) meta.get("phx_ref")));
        return refs;
    }
}
