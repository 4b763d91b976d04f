package com.soundforge.pipeline.ui;

import com.soundforge.pipeline.PipelineJob;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One track's pipeline: its title, a row per stage, and Dismiss once nothing is running any more. */
class PipelineCard extends VerticalLayout {

    private final UUID trackId;
    private final Span title = new Span();
    private final Button dismiss = new Button("Dismiss");
    private final Map<UUID, StageRow> rows = new LinkedHashMap<>();

    PipelineCard(
            String titleText,
            List<PipelineJob> stages,
            SerializableConsumer<PipelineJob> onRetry,
            SerializableConsumer<PipelineJob> onCancel,
            SerializableConsumer<UUID> onDismiss) {
        this.trackId = stages.getFirst().trackId();
        setPadding(false);
        setSpacing(false);
        addClassName("pipeline-card");
        getElement().setAttribute("data-track-id", trackId.toString());
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        title.getStyle().set("font-weight", "600");
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.addClickListener(e -> onDismiss.accept(trackId));
        HorizontalLayout header = new HorizontalLayout(title, dismiss);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        add(header);
        setTitle(titleText);
        for (PipelineJob stage : stages) {
            StageRow row = new StageRow(stage, onRetry, onCancel);
            rows.put(stage.id(), row);
            add(row);
        }
        updateDismiss();
    }

    UUID trackId() {
        return trackId;
    }

    void setTitle(String text) {
        title.setText(text);
    }

    /** @return false when the job is not one of this card's stages */
    boolean update(PipelineJob job) {
        StageRow row = rows.get(job.id());
        if (row == null) {
            return false;
        }
        row.show(job);
        updateDismiss();
        return true;
    }

    private void updateDismiss() {
        dismiss.setVisible(
                rows.values().stream().noneMatch(r -> r.job().status().isRunning()));
    }
}
