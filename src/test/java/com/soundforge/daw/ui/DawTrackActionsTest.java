package com.soundforge.daw.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectSummary;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.library.ui.TrackView;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.StemsEvent;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class DawTrackActionsTest extends SpringBrowserlessTest {

    @Autowired
    DawService daw;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    SeparationService separation;

    @Autowired
    Broadcaster broadcaster;

    @TempDir
    Path work;

    private UserAccount me() {
        return users.findByUsername(BrowserlessUser.NAME).orElseThrow();
    }

    private Track importTone(String name) throws Exception {
        // a tone of its own: the same file imported again by the shared browserless user would be the same track,
        // perhaps separated already by another test
        double hz = 200 + Math.floorMod(name.hashCode(), 2_000);
        Path wav = TestAudio.writeSineWav(work.resolve(name + ".wav"), 44_100, 2, 3, hz);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(me().id(), in, name + ".wav").track();
        }
    }

    private List<UUID> projectIds() {
        return daw.list(me()).stream().map(ProjectSummary::id).toList();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void newProjectFromStemsWaitsForTheStemsThenOpensAProjectWithOneTrackPerStem() throws Exception {
        Track track = importTone("Stem Maker - Tone " + UUID.randomUUID());
        navigate("tracks/" + track.id(), TrackView.class);
        Button fromStems = $(Button.class).withId("daw-from-stems").single();
        assertThat(fromStems.isEnabled()).isFalse();
        assertThat(fromStems.getTooltip().getText()).isEqualTo(DawTrackActions.NO_STEMS);

        assertThat(broadcaster.subscriberCount(Topics.trackPipeline(track.id())))
                .isPositive();
        separation.separate(me().id(), track.id(), fraction -> {});
        // the stems:ready message as the track page's subscription hands it over (inside ui.access)
        $(DawTrackActions.class)
                .single()
                .onPipelineMessage(new TopicMessage(
                        Topics.trackPipeline(track.id()),
                        StemsEvent.READY,
                        new StemsEvent(track.id(), 100),
                        null,
                        Instant.now()));
        assertThat(fromStems.isEnabled()).isTrue();
        List<UUID> before = projectIds();
        test(fromStems).click();

        DawEditorView editor = $(DawEditorView.class).single();
        UUID created = projectIds().stream()
                .filter(id -> !before.contains(id))
                .findFirst()
                .orElseThrow();
        assertThat(daw.open(me(), created).tracks()).hasSize(4);
        assertThat(editor.getPageTitle()).doesNotStartWith("No such project");
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void openInDawAddsTheTrackToANewOrAnExistingProject() throws Exception {
        Track track = importTone("Opener - Tone " + UUID.randomUUID());
        List<UUID> before = projectIds();

        navigate("tracks/" + track.id(), TrackView.class);
        test($(Button.class).withId("daw-open-in").single()).click();
        test($(Button.class).withId("daw-open-in-confirm").single()).click();
        $(DawEditorView.class).single();
        UUID created = projectIds().stream()
                .filter(id -> !before.contains(id))
                .findFirst()
                .orElseThrow();
        assertThat(daw.open(me(), created).clips()).hasSize(1);

        navigate("tracks/" + track.id(), TrackView.class);
        test($(Button.class).withId("daw-open-in").single()).click();
        @SuppressWarnings("unchecked")
        Select<ProjectSummary> pick =
                $(Select.class).withId("daw-open-in-project").single();
        ProjectSummary existing = pick.getListDataView()
                .getItems()
                .filter(p -> p.id().equals(created))
                .findFirst()
                .orElseThrow();
        test(pick).selectItem(existing.name());
        test($(Button.class).withId("daw-open-in-confirm").single()).click();
        $(DawEditorView.class).single();
        assertThat(daw.open(me(), created).clips()).hasSize(2);
        assertThat(projectIds()).hasSize(before.size() + 1);
    }
}
