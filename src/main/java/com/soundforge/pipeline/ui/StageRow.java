package com.soundforge.pipeline.ui;

import com.soundforge.pipeline.PipelineJob;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableConsumer;

/** One stage of a pipeline: its name, a live progress bar, its message or error, and Retry / Cancel. */
class StageRow extends HorizontalLayout {

    private final Span name = new Span();
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span state = new Span();
    private final Button retry = new Button("Retry");
    private final Button cancel = new Button("Cancel");
    private PipelineJob job;

    StageRow(PipelineJob job, SerializableConsumer<PipelineJob> onRetry, SerializableConsumer<PipelineJob> onCancel) {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        addClassName("pipeline-stage");
        name.setWidth("7em");
        bar.setWidth("12em");
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        retry.addClickListener(e -> onRetry.accept(this.job));
        cancel.addClickListener(e -> onCancel.accept(this.job));
        add(name, bar, state, retry, cancel);
        expand(state);
        show(job);
    }

    void show(PipelineJob job) {
        this.job = job;
        getElement().setAttribute("data-job-id", job.id().toString());
        getElement().setAttribute("data-status", job.status().wire());
        name.setText(StageNames.of(job.type()));
        bar.setValue(job.progress());
        bar.setIndeterminate(job.status().isRunning() && job.progress() == 0);
        state.setText(describe(job));
        state.getStyle()
                .set(
                        "color",
                        switch (job.status()) {
                            case FAILED -> "var(--lumo-error-text-color)";
                            case COMPLETED -> "var(--lumo-success-text-color)";
                            case SKIPPED -> "var(--lumo-secondary-text-color)";
                            default -> "inherit";
                        });
        retry.setVisible(job.canRetry());
        cancel.setVisible(job.canCancel());
    }

    PipelineJob job() {
        return job;
    }

    private static String describe(PipelineJob job) {
        return switch (job.status()) {
            case FAILED -> job.error() == null ? "Failed" : job.error();
            case SKIPPED -> job.error();
            case QUEUED -> job.error() != null ? job.message() + " — " + job.error() : job.message();
            default -> job.message() == null ? job.status().wire() : job.message();
        };
    }
}
