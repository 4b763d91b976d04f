package com.soundforge.library.ui;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackEvents;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.soundforge.security.CurrentUser;
import com.soundforge.ui.TrackSection;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@Route("tracks/:trackId")
@PermitAll
public class TrackView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int OVERVIEW_MAX_PEAKS = 4096;

    private final transient LibraryService library;
    private final UUID ownerId;
    private String title = "Track";

    private UUID shownTrackId;
    private final transient Broadcaster broadcaster;

    private final transient AnalysisService analysis;
    private final transient List<TrackSection> sections;

    public TrackView(
            LibraryService library,
            AnalysisService analysis,
            CurrentUser currentUser,
            Broadcaster broadcaster,
            List<TrackSection> sections) {
        this.library = library;
        this.analysis = analysis;
        this.broadcaster = broadcaster;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(TrackSection::order))
                .toList();
        this.ownerId = currentUser.require().id();
        setWidthFull();
        LiveTopic.follow(this, broadcaster, Topics.tracks(ownerId), message -> {
            if (TrackEvents.DELETED.equals(message.event()) && message.payload().equals(shownTrackId)) {
                showGone("This track was deleted.");
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            UUID trackId =
                    UUID.fromString(event.getRouteParameters().get("trackId").orElse(""));
            show(library.get(ownerId, trackId));
        } catch (IllegalArgumentException | TrackNotFoundException | TrackAccessDeniedException e) {
            showGone("There is no such track in your library.");
        }
    }

    private void showGone(String why) {
        removeAll();
        shownTrackId = null;
        title = "Track not found";
        Paragraph reason = new Paragraph(why);
        reason.setId("track-gone");
        add(new H2("Track not found"), reason, new Anchor("", "Back to the library"));
    }

    private void show(Track track) {
        shownTrackId = track.id();
        title = track.displayName();
        H2 heading = new H2(track.title());
        heading.setId("track-title");
        TrackPlayer player = new TrackPlayer("media/tracks/" + track.id() + "/audio", track.durationMs() / 1000.0);
        player.setId("track-player");
        player.setWidthFull();
        library.waveform(ownerId, track.id(), OVERVIEW_MAX_PEAKS).ifPresent(w -> player.setPeaks(w.peaks()));
        analysis.markersJson(ownerId, track.id()).ifPresent(player::setMarkersJson);
        LiveTopic.follow(
                player,
                broadcaster,
                Topics.trackAnalysis(track.id()),
                message -> analysis.markersJson(ownerId, track.id()).ifPresent(player::setMarkersJson));
        Div facts = metadata(track);
        analysis.find(ownerId, track.id())
                .ifPresent(result -> fact(
                        facts,
                        "Levels",
                        result.levels().peakDbfs() == null
                                ? "digital silence"
                                : "peak %.1f dBFS · RMS %.1f dBFS"
                                        .formatted(
                                                result.levels().peakDbfs(),
                                                result.levels().rmsDbfs())));
        add(new Anchor("", "← Library"), heading, facts, player);
        sections.forEach(section -> add(section.create(ownerId, track.id())));
    }

    private static Div metadata(Track track) {
        Div facts = new Div();
        facts.setId("track-metadata");
        facts.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        fact(facts, "Artist", track.artist());
        fact(facts, "Album", track.album());
        fact(facts, "Duration", Durations.format(track.durationMs()));
        fact(
                facts,
                "Format",
                track.codec().toUpperCase() + ", " + track.sampleRateHz() + " Hz, "
                        + (track.channels() == 1
                                ? "mono"
                                : track.channels() == 2 ? "stereo" : track.channels() + " channels"));
        fact(facts, "File", track.originalFilename() + " (" + megabytes(track.fileSizeBytes()) + ")");
        return facts;
    }

    private static void fact(Div facts, String label, String value) {
        Span name = new Span(label);
        name.getStyle().set("color", "var(--lumo-secondary-text-color)");
        facts.add(name, new Span(value == null || value.isBlank() ? "—" : value));
    }

    private static String megabytes(long bytes) {
        return "%.1f MB".formatted(bytes / (1024.0 * 1024.0));
    }

    @Override
    public String getPageTitle() {
        return title + " · Sound Forge Alchemy";
    }
}
