package com.soundforge.library.ui;

import com.soundforge.library.Track;
import com.soundforge.library.TrackSort;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** The lazily loaded track list: only the visible window is fetched, sorted and filtered in the database. */
class TrackGrid extends Grid<Track> {

    interface PageFetcher extends java.io.Serializable {
        List<Track> fetch(int offset, int limit, List<QuerySortOrder> sortOrders);
    }

    private static final DateTimeFormatter ADDED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    TrackGrid(PageFetcher fetcher, SerializableSupplier<Integer> counter, SerializableConsumer<Set<Track>> onDelete) {
        super(Track.class, false);
        setId("track-grid");
        setSelectionMode(SelectionMode.MULTI);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addColumn(Track::title)
                .setHeader("Title")
                .setSortProperty(TrackSort.TITLE.name())
                .setFlexGrow(3)
                .setResizable(true);
        addColumn(Track::artist)
                .setHeader("Artist")
                .setSortProperty(TrackSort.ARTIST.name())
                .setFlexGrow(2)
                .setResizable(true);
        addColumn(Track::album)
                .setHeader("Album")
                .setSortProperty(TrackSort.ALBUM.name())
                .setFlexGrow(2)
                .setResizable(true);
        addColumn(t -> Durations.format(t.durationMs()))
                .setHeader("Time")
                .setSortProperty(TrackSort.DURATION.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(t -> t.bpm() == null ? "" : "%.2f".formatted(t.bpm()))
                .setHeader("BPM")
                .setSortProperty(TrackSort.BPM.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Track::musicalKey)
                .setHeader("Key")
                .setSortProperty(TrackSort.KEY.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Track::camelot)
                .setHeader("Camelot")
                .setSortProperty(TrackSort.KEY.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(t -> t.lufs() == null ? "" : "%.1f".formatted(t.lufs()))
                .setHeader("LUFS")
                .setSortProperty(TrackSort.LUFS.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(TrackGrid::format).setHeader("Format").setAutoWidth(true).setFlexGrow(0);
        addColumn(t -> ADDED.format(t.createdAt()))
                .setHeader("Added")
                .setSortProperty(TrackSort.ADDED.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(openLink()).setHeader("").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(t -> deleteButton(t, onDelete))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        setItems(
                query -> fetcher.fetch(query.getOffset(), query.getLimit(), query.getSortOrders()).stream(),
                query -> counter.get());
        setMultiSort(false);
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private static String format(Track t) {
        return t.codec().toUpperCase() + " · " + t.sampleRateHz() / 1000.0 + " kHz";
    }

    /**
     * A plain router link rather than a server-side button: the grid re-renders its rows whenever a track changes
     * (analysis results arrive while the user looks at the list), and a click on a button that was just replaced
     * would be lost. A link navigates in the browser whatever the server does to the row meanwhile.
     */
    private static LitRenderer<Track> openLink() {
        return LitRenderer.<Track>of("""
                <a class="open-track" href="tracks/${item.id}" router-link aria-label="${item.label}" \
                title="Open" style="display:inline-flex;color:var(--lumo-primary-text-color)">\
                <vaadin-icon icon="vaadin:play-circle" style="width:var(--lumo-icon-size-s)"></vaadin-icon></a>""")
                .withProperty("id", track -> track.id().toString())
                .withProperty("label", track -> "Open " + track.displayName());
    }

    private static Button deleteButton(Track track, SerializableConsumer<Set<Track>> onDelete) {
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> onDelete.accept(Set.of(track)));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
        delete.setAriaLabel("Delete " + track.displayName());
        delete.addClassName("delete-track");
        return delete;
    }
}
