package com.soundforge.library.ui;

import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.TrackQuery;
import com.soundforge.library.TrackSort;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.soundforge.security.CurrentUser;
import com.soundforge.ui.DashboardSection;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Route("")
@Menu(title = "Library", order = 0)
@PageTitle("Library · Sound Forge Alchemy")
@PermitAll
public class DashboardView extends VerticalLayout {

    static final int MAX_FILES_PER_DROP = 100;
    static final int RESULTS_SHOWN = 20;

    private final transient LibraryService library;
    private final transient ImportService imports;
    private final UUID ownerId;
    final Upload upload;
    final Div uploadResults = new Div();
    final TextField search = new TextField();
    final NumberField minBpm = new NumberField();
    final NumberField maxBpm = new NumberField();
    final ComboBox<String> mixesWith = new ComboBox<>();
    final TrackGrid grid;
    final Button deleteSelected = new Button();

    public DashboardView(
            LibraryService library,
            ImportService imports,
            CurrentUser currentUser,
            Broadcaster broadcaster,
            List<DashboardSection> sections) {
        this.library = library;
        this.imports = imports;
        this.ownerId = currentUser.require().id();
        this.grid = new TrackGrid(this::fetch, this::count, this::confirmDelete);
        this.upload = new Upload(new TrackUploadHandler(imports, ownerId, this::showOutcome));
        setSizeFull();
        configureUpload();
        configureToolbar();
        uploadResults.setId("upload-results");
        add(new H2("Library"), upload, uploadResults);
        sections.stream()
                .sorted(Comparator.comparingInt(DashboardSection::order))
                .forEach(section -> add(section.create(ownerId)));
        add(toolbar(), grid);
        expand(grid);
        LiveTopic.follow(this, broadcaster, Topics.tracks(ownerId), message -> grid.refresh());
    }

    private void configureUpload() {
        upload.setId("track-upload");
        upload.setMaxFiles(MAX_FILES_PER_DROP);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxUploadBytes()));
        upload.setAcceptedFileTypes("audio/*", ".wav", ".wave", ".aif", ".aiff", ".flac", ".mp3", ".ogg", ".oga");
        upload.setDropLabel(new Paragraph("Drop audio files here: WAV, AIFF, FLAC, MP3, Ogg Vorbis"));
        upload.addFileRejectedListener(e -> showOutcome(UploadOutcome.refused(
                e.getFileName(),
                e.getErrorMessage().toLowerCase().contains("too big")
                        ? imports.tooLargeMessage()
                        : e.getErrorMessage())));
    }

    private void configureToolbar() {
        search.setId("track-search");
        search.setPlaceholder("Search title, artist, album");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.refresh());
        configureBpmField(minBpm, "min-bpm", "BPM from");
        configureBpmField(maxBpm, "max-bpm", "BPM to");
        mixesWith.setId("mixes-with");
        mixesWith.setPlaceholder("Mixes with key");
        mixesWith.setItems(CAMELOT_KEYS);
        mixesWith.setClearButtonVisible(true);
        mixesWith.setWidth("10em");
        mixesWith.setTooltipText("Harmonic mixing: the same Camelot key, one step either way, and the relative key");
        mixesWith.addValueChangeListener(e -> grid.refresh());
        deleteSelected.setId("delete-selected");
        deleteSelected.addThemeVariants(ButtonVariant.ERROR);
        deleteSelected.addClickListener(e -> confirmDelete(grid.getSelectedItems()));
        grid.addSelectionListener(
                e -> updateDeleteButton(e.getAllSelectedItems().size()));
        updateDeleteButton(0);
    }

    private static final List<String> CAMELOT_KEYS = java.util.stream.IntStream.rangeClosed(1, 12)
            .boxed()
            .flatMap(n -> java.util.stream.Stream.of(n + "A", n + "B"))
            .toList();

    private void configureBpmField(NumberField field, String id, String placeholder) {
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setMin(1);
        field.setMax(400);
        field.setWidth("7em");
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> grid.refresh());
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout(search, minBpm, maxBpm, mixesWith, deleteSelected);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        return toolbar;
    }

    private void updateDeleteButton(int selected) {
        deleteSelected.setText(selected == 0 ? "Delete selected" : "Delete selected (" + selected + ")");
        deleteSelected.setEnabled(selected > 0);
    }

    private void showOutcome(UploadOutcome outcome) {
        Paragraph line = new Paragraph(outcome.describe());
        line.addClassName(outcome.error() == null ? "upload-ok" : "upload-error");
        line.getStyle()
                .set("margin", "0")
                .set(
                        "color",
                        outcome.error() == null ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        uploadResults.addComponentAsFirst(line);
        while (uploadResults.getComponentCount() > RESULTS_SHOWN) {
            uploadResults.remove(uploadResults.getComponentAt(RESULTS_SHOWN));
        }
        if (outcome.error() == null) {
            grid.refresh();
        }
    }

    private void confirmDelete(Set<Track> tracks) {
        if (tracks.isEmpty()) {
            return;
        }
        String what =
                tracks.size() == 1 ? "“" + tracks.iterator().next().displayName() + "”" : tracks.size() + " tracks";
        ConfirmDialog dialog = new ConfirmDialog(
                "Delete " + what + "?",
                "The audio files and their waveforms are removed for good.",
                "Delete",
                e -> delete(tracks));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-delete");
        dialog.open();
    }

    private void delete(Set<Track> tracks) {
        library.delete(ownerId, tracks.stream().map(Track::id).toList());
        grid.deselectAll();
        grid.refresh();
    }

    private List<Track> fetch(int offset, int limit, List<QuerySortOrder> sortOrders) {
        TrackSort sort = TrackSort.ADDED;
        boolean ascending = false;
        if (!sortOrders.isEmpty()) {
            sort = TrackSort.valueOf(sortOrders.getFirst().getSorted());
            ascending = sortOrders.getFirst().getDirection() == SortDirection.ASCENDING;
        }
        return library.list(ownerId, query(sort, ascending).window(offset, limit));
    }

    private int count() {
        return library.countMatching(ownerId, query(TrackSort.ADDED, false));
    }

    private TrackQuery query(TrackSort sort, boolean ascending) {
        return new TrackQuery(
                search.getValue(),
                minBpm.getValue(),
                maxBpm.getValue(),
                mixesWith.getValue(),
                sort,
                ascending,
                0,
                Integer.MAX_VALUE);
    }
}
