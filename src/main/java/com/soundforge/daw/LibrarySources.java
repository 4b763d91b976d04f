package com.soundforge.daw;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.Tempo;
import com.soundforge.daw.model.SourceLookup;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.Stem;
import com.soundforge.separation.StemType;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Clip sources from the library: an owner's track or one of its stems, with its analysed tempo and first beat. */
@Component
class LibrarySources implements SourceLookup {

    private final LibraryService library;
    private final SeparationService separation;
    private final AnalysisService analysis;

    LibrarySources(LibraryService library, SeparationService separation, AnalysisService analysis) {
        this.library = library;
        this.separation = separation;
        this.analysis = analysis;
    }

    @Override
    public Optional<SourceFacts> find(UUID ownerId, UUID trackId, @Nullable String stem) {
        Track track;
        try {
            track = library.get(ownerId, trackId);
        } catch (TrackNotFoundException | com.soundforge.library.TrackAccessDeniedException e) {
            return Optional.empty();
        }
        SourceTempo tempo = tempo(ownerId, trackId);
        Double bpm = tempo.bpm();
        Double firstBeat = tempo.firstBeat();
        if (stem == null) {
            return Optional.of(new SourceFacts(track.durationMs() / 1000.0, bpm, firstBeat, track.displayName()));
        }
        Optional<StemType> type = StemType.fromWire(stem);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return separation.stems(ownerId, trackId).stream()
                .filter(s -> s.type() == type.get())
                .findFirst()
                .map(s -> new SourceFacts(seconds(s), bpm, firstBeat, track.displayName()));
    }

    /** A source's tempo facts as clips hold them: its effective (edited or analysed) BPM and first beat. */
    record SourceTempo(@Nullable Double bpm, @Nullable Double firstBeat) {}

    /** The track's effective tempo facts (nulls before the analysis); throws like the library for a stranger. */
    SourceTempo tempo(UUID ownerId, UUID trackId) {
        Optional<Tempo> tempo = analysis.find(ownerId, trackId)
                .filter(a -> a.hasTempo())
                .map(a -> a.report().tempo());
        return new SourceTempo(
                tempo.map(Tempo::bpm).filter(b -> b > 0).orElse(null),
                tempo.filter(t -> t.beats().length > 0).map(t -> t.beats()[0]).orElse(null));
    }

    private static double seconds(Stem stem) {
        return stem.sampleRateHz() > 0 ? (double) stem.frames() / stem.sampleRateHz() : 0;
    }
}
