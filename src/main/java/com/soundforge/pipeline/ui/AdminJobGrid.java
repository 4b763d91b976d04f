package com.soundforge.pipeline.ui;

import com.soundforge.pipeline.JobFilter;
import com.soundforge.pipeline.PipelineAdminService;
import com.soundforge.pipeline.PipelineJob;
import com.soundforge.security.UserAccount;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** All users' jobs, lazily loaded with the current filter; a click opens the job's details and log. */
class AdminJobGrid extends Grid<PipelineJob> {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    AdminJobGrid(
            PipelineAdminService admin,
            UserAccount me,
            SerializableSupplier<JobFilter> filter,
            SerializableFunction<UUID, String> username) {
        super(PipelineJob.class, false);
        setId("admin-job-grid");
        setSelectionMode(SelectionMode.MULTI);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(job -> TIME.format(job.createdAt()))
                .setHeader("Created")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(job -> username.apply(job.ownerId()))
                .setHeader("User")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(job -> job.type().wire()).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        addColumn(job -> job.status().wire())
                .setHeader("State")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(job -> job.progress() + " %")
                .setHeader("Progress")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(job -> job.attempts()).setHeader("Tries").setAutoWidth(true).setFlexGrow(0);
        addColumn(AdminJobGrid::runTime)
                .setHeader("Run time")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(job -> AdminJobsView.describe().apply(job))
                .setHeader("Message")
                .setFlexGrow(1);
        setItems(
                query -> admin.find(me, filter.get(), query.getOffset(), query.getLimit()).stream(),
                query -> admin.count(me, filter.get()));
        addItemClickListener(click -> new JobDetailsDialog(
                        click.getItem(),
                        admin.log(me, click.getItem().id()),
                        username.apply(click.getItem().ownerId()))
                .open());
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    Set<UUID> selectedIds() {
        return getSelectedItems().stream().map(PipelineJob::id).collect(Collectors.toSet());
    }

    static String runTime(PipelineJob job) {
        if (job.startedAt() == null) {
            return "";
        }
        Duration run = Duration.between(
                job.startedAt(), job.finishedAt() != null ? job.finishedAt() : java.time.Instant.now());
        return run.toSeconds() < 60
                ? "%.1f s".formatted(run.toMillis() / 1000.0)
                : "%d min %d s".formatted(run.toMinutes(), run.toSecondsPart());
    }
}
