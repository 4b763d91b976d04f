package com.soundforge.daw.ui;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TrackAnalysis;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.TrackQuery;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.Stem;
import com.soundforge.separation.StemType;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The user's tracks matching the panel's search, each with its stems as children. Stems and first beats are
 * looked up once per track until the next refresh.
 */
class LibrarySourceProvider extends AbstractBackEndHierarchicalDataProvider<SourceRow, Void> {

    private final transient LibraryService library;
    private final transient SeparationService separation;
    private final transient AnalysisService analysis;
    private final UUID ownerId;
    private final Supplier<String> search;
    private final Map<UUID, List<SourceRow>> stems = new HashMap<>();
    private final Map<UUID, Optional<Double>> firstBeats = new HashMap<>();

    LibrarySourceProvider(
            LibraryService library,
            SeparationService separation,
            AnalysisService analysis,
            UUID ownerId,
            Supplier<String> search) {
        this.library = library;
        this.separation = separation;
        this.analysis = analysis;
        this.ownerId = ownerId;
        this.search = search;
    }

    @Override
    public int getChildCount(HierarchicalQuery<SourceRow, Void> query) {
        SourceRow parent = query.getParent();
        return parent == null
                ? library.count(ownerId, search.get())
                : stemsOf(parent).size();
    }

    @Override
    protected Stream<SourceRow> fetchChildrenFromBackEnd(HierarchicalQuery<SourceRow, Void> query) {
        SourceRow parent = query.getParent();
        if (parent != null) {
            return stemsOf(parent).stream().skip(query.getOffset()).limit(query.getLimit());
        }
        return library.list(ownerId, TrackQuery.all(search.get()).window(query.getOffset(), query.getLimit())).stream()
                .map(this::trackRow);
    }

    @Override
    public boolean hasChildren(SourceRow row) {
        return row.isTrack() && !stemsOf(row).isEmpty();
    }

    @Override
    public void refreshAll() {
        stems.clear();
        firstBeats.clear();
        super.refreshAll();
    }

    @Override
    public Object getId(SourceRow row) {
        return row.trackId() + "/" + (row.stem() == null ? "" : row.stem());
    }

    private SourceRow trackRow(Track track) {
        return new SourceRow(
                track.id(),
                null,
                track.title(),
                track.displayName(),
                track.durationMs() / 1000.0,
                track.bpm(),
                firstBeat(track.id()));
    }

    private List<SourceRow> stemsOf(SourceRow track) {
        if (!track.isTrack()) {
            return List.of();
        }
        return stems.computeIfAbsent(
                track.trackId(),
                id -> separation.stems(ownerId, id).stream()
                        .filter(stem -> StemType.FOUR.contains(stem.type()))
                        .map(stem -> stemRow(track, stem))
                        .toList());
    }

    private static SourceRow stemRow(SourceRow track, Stem stem) {
        return new SourceRow(
                track.trackId(),
                stem.type().wire(),
                track.name() + " (" + stem.type().label() + ")",
                stem.type().label(),
                stem.sampleRateHz() > 0 ? (double) stem.frames() / stem.sampleRateHz() : track.duration(),
                track.bpm(),
                track.firstBeat());
    }

    private @Nullable Double firstBeat(UUID trackId) {
        return firstBeats
                .computeIfAbsent(trackId, id -> {
                    try {
                        return analysis.find(ownerId, id)
                                .filter(TrackAnalysis::hasTempo)
                                .map(a -> a.report().tempo().beats())
                                .filter(beats -> beats.length > 0)
                                .map(beats -> beats[0]);
                    } catch (RuntimeException gone) {
                        return Optional.empty();
                    }
                })
                .orElse(null);
    }
}
