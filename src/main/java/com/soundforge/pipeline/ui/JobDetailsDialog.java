package com.soundforge.pipeline.ui;

import com.soundforge.pipeline.JobLogLine;
import com.soundforge.pipeline.PipelineJob;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** One job's facts, timings and log lines. */
class JobDetailsDialog extends Dialog {

    JobDetailsDialog(PipelineJob job, List<JobLogLine> log, String username) {
        setHeaderTitle(job.type().wire() + " job " + job.id());
        setWidth("min(900px, 95vw)");
        Div facts = new Div();
        facts.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        fact(facts, "User", username);
        fact(facts, "Track", job.trackId().toString());
        fact(facts, "State", job.status().wire() + " (" + job.progress() + " %)");
        fact(facts, "Message", job.message());
        fact(facts, "Error", job.error());
        fact(facts, "Source", job.sourceUrl());
        fact(
                facts,
                "Output",
                job.outputPath() == null ? null : job.outputPath() + " (" + job.outputBytes() + " bytes)");
        fact(facts, "Tries", Integer.toString(job.attempts()));
        fact(facts, "Created", String.valueOf(job.createdAt()));
        fact(facts, "Waited", between(job.createdAt(), job.startedAt()));
        fact(facts, "Started", String.valueOf(job.startedAt()));
        fact(facts, "Ran", between(job.startedAt(), job.finishedAt()));
        fact(facts, "Finished", String.valueOf(job.finishedAt()));
        Pre lines = new Pre(
                log.isEmpty()
                        ? "(no log lines)"
                        : log.stream()
                                .map(l -> l.at() + "  " + l.level() + "  " + l.line())
                                .collect(Collectors.joining("\n")));
        lines.setId("job-log");
        lines.getStyle().set("max-height", "40vh").set("overflow", "auto");
        add(facts, lines);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static String between(Instant start, Instant end) {
        return start == null || end == null
                ? "—"
                : "%.1f s".formatted(Duration.between(start, end).toMillis() / 1000.0);
    }

    private static void fact(Div facts, String label, String value) {
        Span name = new Span(label);
        name.getStyle().set("color", "var(--lumo-secondary-text-color)");
        facts.add(name, new Span(value == null || value.isBlank() || "null".equals(value) ? "—" : value));
    }
}
