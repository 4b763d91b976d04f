package com.soundforge.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.AnalysisPreferences;
import com.soundforge.analysis.BpmRange;
import com.soundforge.analysis.BpmRangeChosen;
import com.soundforge.analysis.ReanalysisBoard;
import com.soundforge.analysis.ReanalysisProgress;
import com.soundforge.security.UserService;
import com.soundforge.security.ui.SettingsView;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The BPM range on the settings page: presets, a custom range checked before it is stored, none. */
@SfaSpringTest
@Import(BrowserlessUser.class)
@RecordApplicationEvents
class BpmRangeSettingsTest extends SpringBrowserlessTest {

    @Autowired
    AnalysisPreferences preferences;

    @Autowired
    UserService users;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ReanalysisBoard board;

    UUID me;

    @BeforeEach
    void noRangeYet() {
        me = users.findByUsername(BrowserlessUser.NAME).orElseThrow().id();
        preferences.chooseBpmRange(me, null);
        events.clear();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aPresetIsStoredAndStartsAReanalysis() {
        BpmRangeSettings settings = settings();
        assertThat(settings.range.getValue()).isEqualTo(BpmRangeSettings.NONE);

        test(settings.range).selectItem("70–140");

        assertThat(preferences.bpmRange(me)).contains(new BpmRange(70, 140));
        assertThat(chosen()).containsExactly(new BpmRangeChosen(me, new BpmRange(70, 140)));
        assertThat(settings.status.getText()).contains("Saved: BPMs between 70–140");
        assertThat(settings().range.getValue()).isEqualTo("70–140");

        test(settings.range).selectItem(BpmRangeSettings.NONE);
        assertThat(preferences.bpmRange(me)).isEmpty();
        assertThat(chosen()).hasSize(2);

        for (BpmRange preset : BpmRangeSettings.PRESETS) {
            test(settings.range).selectItem(BpmRangeSettings.label(preset));
            assertThat(preferences.bpmRange(me)).contains(preset);
        }
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aCustomRangeMustSpanAnOctaveAndOtherwiseChangesNothing() {
        BpmRangeSettings settings = settings();
        test(settings.range).selectItem(BpmRangeSettings.CUSTOM);
        assertThat(settings.custom.isVisible()).isTrue();

        test(settings.min).setValue(100.0);
        test(settings.max).setValue(150.0);
        test(settings.apply).click();
        assertThat(settings.status.getText()).contains("at least twice the lowest");
        test(settings.max).setValue(90.0);
        test(settings.apply).click();
        assertThat(settings.status.getText()).contains("below the highest");
        assertThat(preferences.bpmRange(me)).isEmpty();
        assertThat(chosen()).isEmpty();

        test(settings.max).setValue(200.0);
        test(settings.apply).click();
        assertThat(preferences.bpmRange(me)).contains(new BpmRange(100, 200));
        assertThat(settings().range.getValue()).isEqualTo(BpmRangeSettings.CUSTOM);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void theLibrarysProgressShowsLiveUnderTheRangeAndEndsWithTheResult() throws Exception {
        BpmRangeSettings settings = settings();
        BpmRange range = new BpmRange(70, 140);

        board.report(new ReanalysisProgress(me, range, 40, 11, 1));
        awaitText(settings, "Re-analysing 12 of 40 tracks for 70–140 BPM (1 failed)…");
        board.report(new ReanalysisProgress(me, range, 40, 39, 1));
        awaitText(settings, "Re-analysed 39 tracks for 70–140 BPM (1 failed).");
        assertThat(settings().progress.getText())
                .as("a page opened later shows the latest")
                .contains("Re-analysed 39");
    }

    private void awaitText(BpmRangeSettings settings, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        while (!text.equals(settings.progress.getText()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            // what the broadcaster's threads handed to ui.access (a round trip here does not run it)
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }
        assertThat(settings.progress.getText()).isEqualTo(text);
    }

    private List<BpmRangeChosen> chosen() {
        return events.stream(BpmRangeChosen.class).toList();
    }

    private BpmRangeSettings settings() {
        return navigate(SettingsView.class)
                .getChildren()
                .filter(BpmRangeSettings.class::isInstance)
                .map(BpmRangeSettings.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
