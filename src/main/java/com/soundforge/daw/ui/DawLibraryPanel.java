package com.soundforge.daw.ui;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.library.LibraryService;
import com.soundforge.separation.SeparationService;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.UUID;

/**
 * The editor's library: search, the user's tracks each expandable to its stems, and rows to drag onto the
 * timeline (drag data type {@value #DRAG_TYPE}, see {@link SourceRow#dragJson()}).
 */
class DawLibraryPanel extends com.vaadin.flow.component.orderedlayout.VerticalLayout {

    static final String DRAG_TYPE = "application/x-sfa-source";

    final TextField search = new TextField();
    final TreeGrid<SourceRow> grid = new TreeGrid<>();
    final LibrarySourceProvider sources;

    DawLibraryPanel(LibraryService library, SeparationService separation, AnalysisService analysis, UUID ownerId) {
        setId("daw-library");
        setPadding(false);
        setSpacing(false);
        getStyle().set("flex", "1 1 auto").set("min-height", "0");
        search.setId("daw-library-search");
        search.setPlaceholder("Search your library");
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        sources = new LibrarySourceProvider(library, separation, analysis, ownerId, search::getValue);
        search.addValueChangeListener(e -> sources.refreshAll());
        grid.setId("daw-library-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addHierarchyColumn(SourceRow::label).setHeader("Track or stem").setFlexGrow(1);
        grid.addColumn(row -> row.bpm() == null ? "" : "%.1f".formatted(row.bpm()))
                .setHeader("BPM")
                .setFlexGrow(0)
                .setWidth("70px");
        grid.setDataProvider(sources);
        grid.setRowsDraggable(true);
        grid.setDragDataGenerator(DRAG_TYPE, SourceRow::dragJson);
        grid.setSizeFull();
        add(new H4("Library"), search, grid);
        setFlexGrow(1, grid);
    }
}
