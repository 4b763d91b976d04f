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
import com.vaadin.flow.function.ValueProvider;
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
        wideColumn(Track::title, "Title", TrackSort.TITLE, 3);
        wideColumn(Track::artist, "Artist", TrackSort.ARTIST, 2);
        wideColumn(Track::album, "Album", TrackSort.ALBUM, 2);
        narrowColumn(t -> Durations.format(t.durationMs()), "Time").setSortProperty(TrackSort.DURATION.name());
        addColumn(bpm()).setHeader("BPM").setAutoWidth(true).setFlexGrow(0).setSortProperty(TrackSort.BPM.name());
        narrowColumn(Track::musicalKey, "Key").setSortProperty(TrackSort.KEY.name());
        narrowColumn(Track::camelot, "Camelot").setSortProperty(TrackSort.KEY.name());
        narrowColumn(t -> t.lufs() == null ? "" : "%.1f".formatted(t.lufs()), "LUFS")
                .setSortProperty(TrackSort.LUFS.name());
        narrowColumn(TrackGrid::format, "Format");
        narrowColumn(t -> ADDED.format(t.createdAt()), "Added").setSortProperty(TrackSort.ADDED.name());
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

    private void wideColumn(ValueProvider<Track, ?> value, String header, TrackSort sort, int flexGrow) {
        addColumn(value)
                .setHeader(header)
                .setSortProperty(sort.name())
                .setFlexGrow(flexGrow)
                .setResizable(true);
    }

    private Column<Track> narrowColumn(ValueProvider<Track, ?> value, String header) {
        return addColumn(value).setHeader(header).setAutoWidth(true).setFlexGrow(0);
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private static String format(Track t) {
        return t.codec().toUpperCase() + " · " + t.sampleRateHz() / 1000.0 + " kHz";
    }

    /** The effective BPM, marked "edited" when its owner corrected the beat grid. */
    private static LitRenderer<Track> bpm() {
        return LitRenderer.<Track>of("""
                <span class="track-bpm">${item.bpm}</span><span class="bpm-edited" ?hidden=${!item.edited} \
                title="You edited this track's beat grid" style="margin-left:var(--lumo-space-xs);\
                font-size:var(--lumo-font-size-xxs);color:var(--lumo-primary-text-color)">edited</span>""")
                .withProperty("bpm", t -> t.bpm() == null ? "" : "%.2f".formatted(t.bpm()))
                .withProperty("edited", Track::bpmEdited);
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
