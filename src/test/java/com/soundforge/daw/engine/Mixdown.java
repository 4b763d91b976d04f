package com.soundforge.daw.engine;

import com.soundforge.daw.model.ClipSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Renders an arrangement of in-memory sources and keeps the whole master, for tests of the mixing rules. */
final class Mixdown implements StreamProvider {

    final Map<UUID, MemoryStereoStream> sources = new HashMap<>();
    final List<Double> stretches = new ArrayList<>();
    float[] left = new float[0];
    float[] right = new float[0];
    RenderResult result = new RenderResult(0, java.util.Set.of());

    /** A source whose left channel is {@code left} and right channel {@code right} everywhere, for 600 s. */
    UUID constant(float leftValue, float rightValue) {
        float[] l = new float[Clips.RATE * 20];
        float[] r = new float[l.length];
        java.util.Arrays.fill(l, leftValue);
        java.util.Arrays.fill(r, rightValue);
        return add(l, r);
    }

    /** A source whose frame {@code i} is {@code i / 1e6} on both channels: reading it tells which frame was read. */
    UUID ramp(int frames) {
        float[] l = new float[frames];
        for (int i = 0; i < frames; i++) {
            l[i] = i / 1e6f;
        }
        return add(l, l.clone());
    }

    UUID add(float[] l, float[] r) {
        UUID id = UUID.randomUUID();
        sources.put(id, new MemoryStereoStream(l, r));
        return id;
    }

    @Override
    public Optional<StereoStream> open(ClipSource source, int rate, double stretch) {
        stretches.add(stretch);
        return Optional.ofNullable(sources.get(source.trackId()));
    }

    Mixdown render(Arrangement arrangement, long from, long to) throws IOException {
        left = new float[(int) (to - from)];
        right = new float[left.length];
        result = new ArrangementRenderer(this)
                .render(
                        arrangement,
                        from,
                        to,
                        (first, frames, master, tracks) -> {
                            System.arraycopy(master.left(), 0, left, (int) (first - from), frames);
                            System.arraycopy(master.right(), 0, right, (int) (first - from), frames);
                        },
                        RenderProgress.NONE);
        return this;
    }
}
