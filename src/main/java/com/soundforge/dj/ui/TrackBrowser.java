package com.soundforge.dj.ui;

import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.TrackQuery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The DJ's library: search, "deck 1/2" buttons, and rows that can be dragged onto a deck (drag data type
 * {@code application/x-sfa-track} = the track id; the deck then asks to load it).
 */
class TrackBrowser extends VerticalLayout {

    static final String DRAG_TYPE = "application/x-sfa-track";

    final TextField search = new TextField();
    final Grid<Track> grid = new Grid<>();

    TrackBrowser(LibraryService library, UUID ownerId, int decks, BiConsumer<Integer, UUID> load) {
        setPadding(false);
        search.setId("dj-track-search");
        search.setPlaceholder("Search your library");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("dj-track-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Track::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(Track::artist).setHeader("Artist").setFlexGrow(2);
        grid.addColumn(t -> t.bpm() == null ? "" : "%.1f".formatted(t.bpm()))
                .setHeader("BPM")
                .setFlexGrow(0)
                .setWidth("80px");
        grid.addColumn(Track::camelot).setHeader("Key").setFlexGrow(0).setWidth("70px");
        grid.addComponentColumn(track -> {
                    HorizontalLayout buttons = new HorizontalLayout();
                    buttons.setSpacing(false);
                    for (int d = 0; d < decks; d++) {
                        int deck = d;
                        Button b = new Button("Deck " + (d + 1), e -> load.accept(deck, track.id()));
                        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                        b.getElement()
                                .setAttribute("aria-label", "Load " + track.displayName() + " on deck " + (d + 1));
                        buttons.add(b);
                    }
                    return buttons;
                })
                .setHeader("Load")
                .setFlexGrow(0)
                .setWidth("200px");
        grid.setRowsDraggable(true);
        grid.setDragDataGenerator(DRAG_TYPE, track -> track.id().toString());
        grid.setItems(
                query ->
                        library
                                .list(
                                        ownerId,
                                        TrackQuery.all(search.getValue()).window(query.getOffset(), query.getLimit()))
                                .stream(),
                query -> library.count(ownerId, search.getValue()));
        grid.setHeight("260px");
        add(search, grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
