package com.soundforge.dj;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One deck as last reported: what is loaded, whether it plays and where (position at the server time
 * {@code positionAt}, epoch ms), tempo, cue, loop, hot cues and stem controls.
 */
public record DeckState(
        int deck,
        LoadedTrack track,
        boolean playing,
        double position,
        long positionAt,
        double tempoPercent,
        int tempoRange,
        boolean keyLock,
        boolean quantize,
        boolean synced,
        Double cuePoint,
        Loop loop,
        List<HotCue> hotCues,
        Map<String, StemControl> stems) {

    public static final List<Integer> TEMPO_RANGES = List.of(8, 16, 50);

    /**
     * @param bpm       the track's effective tempo when it was loaded, followed when its owner edits the grid
     * @param bpmSource "analysed" or "edited" (null: no BPM, or a set stored before the field existed)
     */
    public record LoadedTrack(
            UUID trackId,
            String title,
            String artist,
            Double bpm,
            String camelot,
            double durationSeconds,
            String bpmSource) {

        public LoadedTrack(
                UUID trackId, String title, String artist, Double bpm, String camelot, double durationSeconds) {
            this(trackId, title, artist, bpm, camelot, durationSeconds, bpm == null ? null : "analysed");
        }

        LoadedTrack withTempo(Double newBpm, String newSource) {
            return new LoadedTrack(trackId, title, artist, newBpm, camelot, durationSeconds, newSource);
        }
    }

    public record Loop(double start, double end, Double beats, boolean active) {}

    public record HotCue(int slot, double time, String color, String label) {}

    public record StemControl(boolean muted, boolean solo, double volume) {}

    public static DeckState empty(int deck) {
        return new DeckState(deck, null, false, 0, 0, 0, 8, false, false, false, null, null, List.of(), Map.of());
    }

    /** Where the playhead is at {@code nowMs}: moving at the tempo while playing, wrapping inside an active loop. */
    public double positionAt(long nowMs) {
        if (!playing) {
            return position;
        }
        double moved = position + (nowMs - positionAt) / 1000.0 * (1 + tempoPercent / 100);
        if (loop != null && loop.active() && loop.end() > loop.start() && moved >= loop.end()) {
            double length = loop.end() - loop.start();
            moved = loop.start() + (moved - loop.start()) % length;
        }
        return track == null ? moved : Math.min(moved, track.durationSeconds());
    }

    public Double effectiveBpm() {
        return track == null || track.bpm() == null ? null : track.bpm() * (1 + tempoPercent / 100);
    }

    DeckState with(java.util.function.UnaryOperator<Builder> change) {
        return change.apply(new Builder(this)).build();
    }

    /** Copy-with helper so the reducer reads as what changes. */
    static final class Builder {
        LoadedTrack track;
        boolean playing;
        double position;
        long positionAt;
        double tempoPercent;
        int tempoRange;
        boolean keyLock;
        boolean quantize;
        boolean synced;
        Double cuePoint;
        Loop loop;
        List<HotCue> hotCues;
        Map<String, StemControl> stems;
        private final int deck;

        Builder(DeckState s) {
            deck = s.deck;
            track = s.track;
            playing = s.playing;
            position = s.position;
            positionAt = s.positionAt;
            tempoPercent = s.tempoPercent;
            tempoRange = s.tempoRange;
            keyLock = s.keyLock;
            quantize = s.quantize;
            synced = s.synced;
            cuePoint = s.cuePoint;
            loop = s.loop;
            hotCues = s.hotCues;
            stems = s.stems;
        }

        Builder at(double newPosition, long nowMs) {
            position = newPosition;
            positionAt = nowMs;
            return this;
        }

        DeckState build() {
            return new DeckState(
                    deck,
                    track,
                    playing,
                    position,
                    positionAt,
                    tempoPercent,
                    tempoRange,
                    keyLock,
                    quantize,
                    synced,
                    cuePoint,
                    loop,
                    List.copyOf(hotCues),
                    Map.copyOf(stems));
        }
    }
}
