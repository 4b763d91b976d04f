package com.soundforge.realtime;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable map handed unchanged to many recipients (the presence state of a crowded room, say). Whoever
 * serializes it may write it once and reuse the text for as long as it sees the same object.
 */
public final class SharedMap<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> entries;

    public SharedMap(Map<K, V> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return entries.entrySet();
    }

    @Override
    public V get(Object key) {
        return entries.get(key);
    }

    @Override
    public int size() {
        return entries.size();
    }
}
