package com.soundforge.pipeline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.pipeline.ImportStarted;
import com.soundforge.pipeline.JobStatus;
import com.soundforge.pipeline.PipelineAdminService;
import com.soundforge.pipeline.PipelineJob;
import com.soundforge.pipeline.PipelineService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class AdminJobsViewTest extends SpringBrowserlessTest {

    @Autowired
    PipelineService pipelines;

    @Autowired
    PipelineAdminService admin;

    @Autowired
    UserService users;

    @Test
    @WithMockUser(username = BrowserlessUser.ADMIN, roles = "ADMIN")
    void anAdminSeesEveryUsersJobsFiltersThemAndCancelsSeveralAtOnce() throws Exception {
        UserAccount alice = TestUsers.create(users);
        UserAccount bob = TestUsers.create(users);
        ImportStarted fromAlice = pipelines.importUrl(alice.id(), "http://127.0.0.1:9/alice.wav");
        ImportStarted fromBob = pipelines.importUrl(bob.id(), "http://127.0.0.1:9/bob.wav");

        AdminJobsView view = navigate(AdminJobsView.class);
        view.owner.setValue(alice);
        List<PipelineJob> shown = view.grid.getLazyDataView().getItems().toList();

        assertThat(shown).extracting(PipelineJob::ownerId).containsOnly(alice.id());
        assertThat(shown).extracting(PipelineJob::id).contains(fromAlice.jobId());
        assertThat(view.counts.getText()).contains("queued");

        UserAccount me = users.findByUsername(BrowserlessUser.ADMIN).orElseThrow();
        admin.cancel(me, Set.of(fromAlice.jobId(), fromBob.jobId()));
        assertThat(pipelines.job(me, fromAlice.jobId()).status()).isEqualTo(JobStatus.FAILED);
        assertThat(pipelines.job(me, fromBob.jobId()).error()).isEqualTo("Cancelled by the user.");
        assertThat(admin.retry(me, Set.of(fromBob.jobId()))).isEqualTo(1);
        assertThat(pipelines.job(me, fromBob.jobId()).status()).isEqualTo(JobStatus.QUEUED);
        assertThat(admin.delete(me, Set.of(fromBob.jobId()))).isEqualTo(1);
        assertThat(admin.throughputLastHour(me)).hasSize(60);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void anOrdinaryUserCannotOpenTheAdminDashboardNorUseItsService() {
        UI.getCurrent().navigate("admin/jobs");
        assertThat(getCurrentView()).isNotInstanceOf(AdminJobsView.class);
        UserAccount user = users.findByUsername(BrowserlessUser.NAME).orElseThrow();
        assertThatThrownBy(() -> admin.countsByStatus(user)).isInstanceOf(AccessDeniedException.class);
    }
}
