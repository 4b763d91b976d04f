package com.soundforge.separation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.security.UserService;
import com.soundforge.security.ui.SettingsView;
import com.soundforge.separation.SeparationService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** The engine choice on the settings page, on a machine without Demucs (as in CI). */
@SfaSpringTest
@Import(BrowserlessUser.class)
class SeparationSettingsTest extends SpringBrowserlessTest {

    @Autowired
    SeparationService separation;

    @Autowired
    UserService users;

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void demucsIsDisabledWithAnExplanationAndTheModelChoiceIsSaved() {
        SettingsView view = navigate(SettingsView.class);
        SeparationSettings settings = view.getChildren()
                .filter(SeparationSettings.class::isInstance)
                .map(SeparationSettings.class::cast)
                .findFirst()
                .orElseThrow();

        assertThat(settings.engine.getValue()).isEqualTo(SeparationSettings.SFA);
        assertThat(settings.engine.getItemEnabledProvider().test(SeparationSettings.DEMUCS))
                .isFalse();
        assertThat(settings.model.isEnabled()).isFalse();
        assertThat(settings.status.getText())
                .contains("Demucs is not installed")
                .contains("pip install demucs");

        var me = users.findByUsername(BrowserlessUser.NAME).orElseThrow();
        assertThat(separation.preference(me.id()).engine()).isEqualTo("sfa");
    }
}
