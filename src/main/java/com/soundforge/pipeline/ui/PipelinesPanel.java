package com.soundforge.pipeline.ui;

import com.soundforge.library.LibraryService;
import com.soundforge.library.TrackAccessDeniedException;
import com.soundforge.library.TrackNotFoundException;
import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportService;
import com.soundforge.pipeline.JobEvents;
import com.soundforge.pipeline.PipelineJob;
import com.soundforge.pipeline.PipelineService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.soundforge.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** URL import and the user's pipelines with live per-stage progress. */
class PipelinesPanel extends VerticalLayout {

    private final transient PipelineService pipelines;
    private final transient LibraryService library;
    private final transient ImportService imports;
    private final UserAccount user;
    final TextField url = new TextField();
    final Button importButton = new Button("Import");
    final Div cards = new Div();

    PipelinesPanel(
            PipelineService pipelines,
            LibraryService library,
            ImportService imports,
            Broadcaster broadcaster,
            UserAccount user) {
        this.pipelines = pipelines;
        this.library = library;
        this.imports = imports;
        this.user = user;
        setPadding(false);
        setId("pipelines");
        url.setId("import-url");
        url.setPlaceholder(
                imports.pageImportsAvailable()
                        ? "https://… an audio file, a YouTube / SoundCloud / Bandcamp page, or a Spotify track or playlist"
                        : "https://… link to an audio file");
        url.setHelperText(ImportHints.of(imports.pageImportsAvailable(), imports.spotifyImportsAvailable()));
        url.setClearButtonVisible(true);
        importButton.setId("import-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importUrl());
        HorizontalLayout importRow = new HorizontalLayout(url, importButton);
        importRow.setWidthFull();
        importRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        importRow.expand(url);
        cards.setWidthFull();
        cards.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        add(importRow, cards);
        reload();
        LiveTopic.follow(this, broadcaster, Topics.pipelines(user.id()), message -> {
            if (message.payload() instanceof PipelineJob job) {
                apply(job, JobEvents.COMPLETED.equals(message.event()));
            }
        });
    }

    private void importUrl() {
        try {
            pipelines.importLink(user.id(), url.getValue());
            url.clear();
            url.setInvalid(false);
        } catch (ImportException e) {
            url.setErrorMessage(e.getMessage());
            url.setInvalid(true);
        }
    }

    private void apply(PipelineJob job, boolean completed) {
        Optional<PipelineCard> card = cards.getChildren()
                .map(PipelineCard.class::cast)
                .filter(c -> c.trackId().equals(job.trackId()))
                .findFirst();
        if (card.isEmpty() || !card.get().update(job)) {
            reload();
        } else if (completed) {
            card.get().setTitle(titleOf(List.of(job)));
        }
    }

    private void reload() {
        cards.removeAll();
        for (List<PipelineJob> stages : pipelines.visiblePipelines(user.id())) {
            cards.add(new PipelineCard(titleOf(stages), stages, this::retry, this::cancel, this::dismiss));
        }
    }

    private String titleOf(List<PipelineJob> stages) {
        UUID trackId = stages.getFirst().trackId();
        try {
            return library.get(user.id(), trackId).displayName();
        } catch (TrackNotFoundException | TrackAccessDeniedException e) {
            return stages.stream()
                    .map(PipelineJob::sourceUrl)
                    .filter(u -> u != null)
                    .findFirst()
                    .orElse("Track");
        }
    }

    private void retry(PipelineJob job) {
        pipelines.retry(user, job.id());
    }

    private void cancel(PipelineJob job) {
        pipelines.cancel(user, job.id());
    }

    private void dismiss(UUID trackId) {
        pipelines.dismiss(user, trackId);
        reload();
    }
}
