package com.soundforge.daw.engine;

import com.soundforge.daw.engine.RenderSink.StereoBlock;
import com.soundforge.daw.engine.RenderSink.TrackBlock;
import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.DawTrack;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Renders a time range of an arrangement by the README's mixing rules, block by block: memory holds one block per
 * sounding track and the streams of the clips under the current block (opened when the render reaches a clip,
 * closed after it), never a whole source.
 */
public final class ArrangementRenderer {

    static final int BLOCK = 8192;

    private final StreamProvider streams;

    public ArrangementRenderer(StreamProvider streams) {
        this.streams = streams;
    }

    /** Renders the whole export span, frame 0 to {@link Arrangement#endFrame()}. */
    public RenderResult render(Arrangement arrangement, RenderSink sink, RenderProgress progress) throws IOException {
        return render(arrangement, 0, arrangement.endFrame(), sink, progress);
    }

    /** Renders timeline frames {@code [from, to)}. */
    public RenderResult render(Arrangement arrangement, long from, long to, RenderSink sink, RenderProgress progress)
            throws IOException {
        int rate = arrangement.sampleRate();
        List<DawTrack> sounding = soundingTracks(arrangement.tracks());
        Map<UUID, Integer> trackIndex = new HashMap<>();
        for (int i = 0; i < sounding.size(); i++) {
            trackIndex.put(sounding.get(i).id(), i);
        }
        List<ClipPlan> pending = new ArrayList<>();
        for (DawClip clip : arrangement.clips()) {
            Integer index = trackIndex.get(clip.trackId());
            if (index != null && !clip.mute()) {
                ClipPlan plan =
                        ClipPlan.of(clip, index, rate, arrangement.settings().bpm());
                if (plan.end() > from && plan.position() < to && plan.length() > 0) {
                    pending.add(plan);
                }
            }
        }
        pending.sort(Comparator.comparingLong(ClipPlan::position));
        double masterGain = Mixing.faderGain(arrangement.settings().masterDb());
        List<TrackBlock> tracks = new ArrayList<>();
        for (DawTrack track : sounding) {
            tracks.add(new TrackBlock(track, new StereoBlock(new float[BLOCK], new float[BLOCK])));
        }
        StereoBlock master = new StereoBlock(new float[BLOCK], new float[BLOCK]);
        Set<UUID> silent = new LinkedHashSet<>();
        try (ActiveClips active = new ActiveClips(pending, streams, rate, silent)) {
            for (long start = from; start < to; start += BLOCK) {
                int frames = (int) Math.min(BLOCK, to - start);
                for (TrackBlock track : tracks) {
                    Arrays.fill(track.signal().left(), 0f);
                    Arrays.fill(track.signal().right(), 0f);
                }
                active.mix(start, frames, tracks);
                mixTracks(tracks, master, frames, masterGain);
                sink.accept(start, frames, master, tracks);
                progress.rendered(start + frames - from, to - from);
            }
        }
        return new RenderResult(Math.max(0, to - from), silent);
    }

    static List<DawTrack> soundingTracks(List<DawTrack> tracks) {
        boolean anySolo = tracks.stream().anyMatch(DawTrack::solo);
        return tracks.stream()
                .filter(t -> !t.mute() && (!anySolo || t.solo()))
                .sorted(Comparator.comparingDouble(DawTrack::order))
                .toList();
    }

    private static void mixTracks(List<TrackBlock> tracks, StereoBlock master, int frames, double masterGain) {
        Arrays.fill(master.left(), 0f);
        Arrays.fill(master.right(), 0f);
        for (TrackBlock block : tracks) {
            double volume = Mixing.faderGain(block.track().volumeDb()) * masterGain;
            double[] pan = Mixing.panMatrix(block.track().pan());
            float[] left = block.signal().left();
            float[] right = block.signal().right();
            for (int i = 0; i < frames; i++) {
                double l = left[i] * volume;
                double r = right[i] * volume;
                left[i] = (float) (pan[0] * l + pan[1] * r);
                right[i] = (float) (pan[2] * l + pan[3] * r);
                master.left()[i] += left[i];
                master.right()[i] += right[i];
            }
        }
    }

    /** The clips under the render position, with their streams open. */
    private static final class ActiveClips implements AutoCloseable {
        private final List<ClipPlan> pending;
        private final StreamProvider streams;
        private final int rate;
        private final Set<UUID> silent;
        private final List<Open> open = new ArrayList<>();
        private final float[] readLeft = new float[BLOCK];
        private final float[] readRight = new float[BLOCK];
        private int nextPending;

        ActiveClips(List<ClipPlan> pending, StreamProvider streams, int rate, Set<UUID> silent) {
            this.pending = pending;
            this.streams = streams;
            this.rate = rate;
            this.silent = silent;
        }

        void mix(long start, int frames, List<TrackBlock> tracks) throws IOException {
            long end = start + frames;
            while (nextPending < pending.size() && pending.get(nextPending).position() < end) {
                ClipPlan plan = pending.get(nextPending++);
                Optional<StereoStream> stream = streams.open(plan.clip().source(), rate, plan.stretch());
                if (stream.isPresent()) {
                    open.add(new Open(plan, stream.get()));
                } else {
                    silent.add(plan.clip().id());
                }
            }
            for (var it = open.iterator(); it.hasNext(); ) {
                Open clip = it.next();
                if (clip.plan.end() <= start) {
                    clip.stream.close();
                    it.remove();
                } else {
                    add(clip, start, end, tracks.get(clip.plan.trackIndex()).signal());
                }
            }
        }

        private void add(Open clip, long start, long end, StereoBlock into) {
            ClipPlan plan = clip.plan;
            long first = Math.max(0, start - plan.position());
            long last = Math.min(plan.length(), end - plan.position());
            if (first >= last) {
                return;
            }
            int count = (int) (last - first);
            clip.stream.read(plan.offset() + first, readLeft, readRight, count);
            int at = (int) (plan.position() + first - start);
            for (int i = 0; i < count; i++) {
                double g = plan.gain() * plan.fade(first + i);
                into.left()[at + i] += (float) (readLeft[i] * g);
                into.right()[at + i] += (float) (readRight[i] * g);
            }
        }

        @Override
        public void close() {
            open.forEach(clip -> clip.stream.close());
        }

        private record Open(ClipPlan plan, StereoStream stream) {}
    }
}
