package com.soundforge.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.analysis.AnalysisService;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.library.ui.TrackView;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestMusic;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class AnalysisPanelTest extends SpringBrowserlessTest {

    @TempDir
    Path work;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    AnalysisService analysis;

    @Autowired
    UserService users;

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void theTrackPageFillsInItsAnalysisLiveWhenTheAnalysisIsStored() throws Exception {
        UUID owner = users.findByUsername(BrowserlessUser.NAME).orElseThrow().id();
        Path wav = TestMusic.writeMinorGroove(work.resolve("Panel - Groove.wav"), 124, 20);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner, in, "Panel - Groove.wav").track();
        }
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        TrackView.class,
                        new RouteParameters("trackId", track.id().toString()));
        assertThat($view(AnalysisPanel.class)
                        .single()
                        .getChildren()
                        .map(c -> c.getId().orElse("")))
                .contains("analysis-pending");

        analysis.analyse(track.id(), library.audioFile(owner, track.id()).path(), fraction -> {});
        analysis.suggestCues(track.id());
        awaitStructureShown();

        AnalysisPanel panel = $view(AnalysisPanel.class).single();
        assertThat(text(panel, "analysis-bpm")).isEqualTo("124.00 BPM");
        assertThat(text(panel, "analysis-key")).isEqualTo("A minor · 8A · 1m");
        assertThat(text(panel, "analysis-lufs")).endsWith("LUFS");
        assertThat($view(Heatmap.class).all()).hasSize(2);
        assertThat($view(LineChart.class).all()).hasSize(2);
        assertThat($view(RadarChart.class).single().getElement().getProperty("data"))
                .contains("Tempo");
        assertThat(panel.getChildren().anyMatch(c -> c.getId().orElse("").equals("analysis-structure")))
                .isTrue();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void theTempoEditorEditsTheGridAndThePanelShowsItEditedOrWhyNot() throws Exception {
        UUID owner = users.findByUsername(BrowserlessUser.NAME).orElseThrow().id();
        Path wav = TestMusic.writeMinorGroove(work.resolve("Editor - Groove.wav"), 124, 12);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner, in, "Editor - Groove.wav").track();
        }
        analysis.analyse(track.id(), library.audioFile(owner, track.id()).path(), fraction -> {});
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        TrackView.class,
                        new RouteParameters("trackId", track.id().toString()));

        TempoEditor editor = $view(TempoEditor.class).single();
        assertThat(editor.getElement().getProperty("bpm", 0.0)).isEqualTo(124.0);
        assertThat(editor.getElement().getProperty("bpmSource")).isEqualTo("analysed");
        ComponentUtil.fireEvent(editor, new TempoEditor.EditEvent(editor, true, "halve", null));
        for (int i = 0;
                i < 50
                        && !text($view(AnalysisPanel.class).single(), "analysis-bpm")
                                .contains("edited");
                i++) {
            Thread.sleep(100);
            roundTrip();
        }

        AnalysisPanel panel = $view(AnalysisPanel.class).single();
        assertThat(text(panel, "analysis-bpm")).isEqualTo("62.00 BPM · edited");
        TempoEditor shown = $view(TempoEditor.class).single();
        assertThat(shown.showsEdited()).isTrue();
        assertThat(shown.getElement().getProperty("analysedBpm", 0.0)).isEqualTo(124.0);

        ComponentUtil.fireEvent(shown, new TempoEditor.EditEvent(shown, true, "shift", 3.0));
        assertThat(panel.tempoError.getText()).contains("between −1 and 1");
        assertThat(library.get(owner, track.id()).bpm()).isEqualTo(62.0);
    }

    /** Live updates arrive on the broadcaster's threads and are applied with the next round trip. */
    private void awaitStructureShown() throws InterruptedException {
        for (int i = 0;
                i < 100
                        && ($view(Span.class).withId("analysis-bpm").all().isEmpty()
                                || $view(AnalysisPanel.class)
                                        .single()
                                        .getChildren()
                                        .noneMatch(c -> c.getId().orElse("").equals("analysis-structure")));
                i++) {
            Thread.sleep(100);
            roundTrip();
        }
    }

    private String text(AnalysisPanel panel, String id) {
        return $view(Span.class).withId(id).single().getText();
    }
}
