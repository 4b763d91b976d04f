package com.soundforge.library.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserService;
import com.soundforge.security.ui.LoginView;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class DashboardSubscriptionTest extends SpringBrowserlessTest {

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    UserService users;

    private String topic() {
        return Topics.tracks(
                users.findByUsername(BrowserlessUser.NAME).orElseThrow().id());
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void theDashboardFollowsTheUsersTrackTopicOnlyWhileItIsShown() {
        navigate(LoginView.class);
        int baseline = broadcaster.subscriberCount(topic());
        navigate(DashboardView.class);
        assertThat(broadcaster.subscriberCount(topic())).isEqualTo(baseline + 1);

        navigate(LoginView.class);
        assertThat(broadcaster.subscriberCount(topic())).isEqualTo(baseline);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aClosedTabLeavesNoSubscriptionBehind() {
        navigate(LoginView.class);
        int baseline = broadcaster.subscriberCount(topic());
        navigate(DashboardView.class);
        assertThat(broadcaster.subscriberCount(topic())).isEqualTo(baseline + 1);

        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().removeUI(ui);
        assertThat(broadcaster.subscriberCount(topic())).isEqualTo(baseline);
    }
}
