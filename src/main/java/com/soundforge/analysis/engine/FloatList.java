package com.soundforge.analysis.engine;

import java.util.Arrays;

/** A growable float array (per-frame envelopes), without boxing. */
final class FloatList {

    private float[] data;
    private int size;

    FloatList(int capacity) {
        data = new float[Math.max(16, capacity)];
    }

    void add(float value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = value;
    }

    int size() {
        return size;
    }

    float get(int i) {
        return data[i];
    }

    float[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
