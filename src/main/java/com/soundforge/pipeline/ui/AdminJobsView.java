package com.soundforge.pipeline.ui;

import com.soundforge.pipeline.JobFilter;
import com.soundforge.pipeline.JobStatus;
import com.soundforge.pipeline.JobType;
import com.soundforge.pipeline.PipelineAdminService;
import com.soundforge.pipeline.PipelineJob;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Throttle;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.soundforge.security.CurrentUser;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;

/** All users' jobs, live: counts per state, throughput, a filterable grid, details, and bulk actions. */
@Route("admin/jobs")
@Menu(title = "Jobs (admin)", order = 50)
@PageTitle("Jobs · Sound Forge Alchemy")
@RolesAllowed("ADMIN")
public class AdminJobsView extends VerticalLayout {

    private static final Duration REFRESH_INTERVAL = Duration.ofMillis(500);

    private final transient PipelineAdminService admin;
    private final UserAccount me;
    private final Map<UUID, String> usernames;
    final MultiSelectComboBox<JobStatus> statuses = new MultiSelectComboBox<>("State");
    final MultiSelectComboBox<JobType> types = new MultiSelectComboBox<>("Type");
    final ComboBox<UserAccount> owner = new ComboBox<>("User");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final TextField search = new TextField("Search");
    final Span counts = new Span();
    final ThroughputChart chart = new ThroughputChart();
    final AdminJobGrid grid;

    public AdminJobsView(
            PipelineAdminService admin,
            UserService users,
            CurrentUser currentUser,
            Broadcaster broadcaster,
            @Qualifier("pipelineProgressScheduler") ScheduledExecutorService scheduler) {
        this.admin = admin;
        this.me = currentUser.require();
        List<UserAccount> everyone = users.all();
        this.usernames = everyone.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::username));
        this.grid = new AdminJobGrid(admin, me, this::filter, id -> usernames.getOrDefault(id, "?"));
        setSizeFull();
        counts.setId("job-counts");
        chart.setWidthFull();
        configureFilters(everyone);
        add(new H2("Jobs"), counts, chart, filters(), actions(), grid);
        expand(grid);
        refresh();
        Throttle<Boolean> refreshes = new Throttle<>(
                REFRESH_INTERVAL, changed -> getUI().ifPresent(ui -> ui.access(this::refresh)), scheduler);
        LiveTopic.follow(this, broadcaster, Topics.allJobs(), message -> refreshes.offer(Boolean.TRUE));
    }

    private void configureFilters(List<UserAccount> everyone) {
        statuses.setItems(JobStatus.values());
        statuses.setItemLabelGenerator(JobStatus::wire);
        types.setItems(JobType.values());
        types.setItemLabelGenerator(JobType::wire);
        owner.setItems(everyone);
        owner.setItemLabelGenerator(UserAccount::username);
        owner.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setPlaceholder("message, error, URL, id");
        search.setClearButtonVisible(true);
        statuses.addValueChangeListener(e -> grid.refresh());
        types.addValueChangeListener(e -> grid.refresh());
        owner.addValueChangeListener(e -> grid.refresh());
        from.addValueChangeListener(e -> grid.refresh());
        to.addValueChangeListener(e -> grid.refresh());
        search.addValueChangeListener(e -> grid.refresh());
    }

    private HorizontalLayout filters() {
        HorizontalLayout row = new HorizontalLayout(statuses, types, owner, from, to, search);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(search);
        return row;
    }

    private HorizontalLayout actions() {
        Button retry = new Button("Retry selected", e -> {
            admin.retry(me, grid.selectedIds());
            grid.refresh();
        });
        Button cancel = new Button("Cancel selected", e -> {
            admin.cancel(me, grid.selectedIds());
            grid.refresh();
        });
        Button delete = new Button("Delete selected", e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retry.setId("retry-selected");
        cancel.setId("cancel-selected");
        delete.setId("delete-selected-jobs");
        return new HorizontalLayout(retry, cancel, delete);
    }

    private void confirmDelete() {
        Set<UUID> ids = grid.selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(
                "Delete " + ids.size() + " job(s)?",
                "Their records and logs are removed; running ones are asked to stop.",
                "Delete",
                e -> {
                    admin.delete(me, ids);
                    grid.deselectAll();
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void refresh() {
        Map<JobStatus, Integer> byStatus = admin.countsByStatus(me);
        counts.setText(java.util.Arrays.stream(JobStatus.values())
                .map(status -> status.wire() + " " + byStatus.get(status))
                .collect(Collectors.joining(" · ")));
        chart.show(admin.throughputLastHour(me));
        grid.refresh();
    }

    private JobFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        return new JobFilter(
                statuses.getValue(),
                types.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                from.getValue() == null
                        ? null
                        : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null
                        ? null
                        : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                search.getValue());
    }

    static Function<PipelineJob, String> describe() {
        return job -> job.status() == JobStatus.FAILED && job.error() != null ? job.error() : job.message();
    }
}
