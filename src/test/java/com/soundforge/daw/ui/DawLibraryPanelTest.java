package com.soundforge.daw.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectSummary;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.separation.SeparationService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class DawLibraryPanelTest extends SpringBrowserlessTest {

    @Autowired
    DawService daw;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    SeparationService separation;

    @TempDir
    Path work;

    private UserAccount me() {
        return users.findByUsername(BrowserlessUser.NAME).orElseThrow();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aTrackFoundBySearchOpensToItsStemsAndEachRowCarriesItsSource() throws Exception {
        String title = "Panel Tone " + UUID.randomUUID().toString().substring(0, 8);
        Path wav = TestAudio.writeSineWav(work.resolve("Panelist - " + title + ".wav"), 44_100, 2, 2, 330);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(me().id(), in, "Panelist - " + title + ".wav")
                    .track();
        }
        separation.separate(me().id(), track.id(), fraction -> {});
        ProjectSummary project = daw.create(me(), "Panel");
        DawEditorView view = navigate("daw/" + project.id(), DawEditorView.class);
        DawLibraryPanel panel = view.libraryPanel;

        test(panel.search).setValue(title);
        LibrarySourceProvider sources = panel.sources;
        List<SourceRow> tracks =
                sources.fetchChildren(new HierarchicalQuery<>(null, null)).toList();
        assertThat(tracks).singleElement().satisfies(row -> {
            assertThat(row.stem()).isNull();
            assertThat(row.label()).isEqualTo("Panelist – " + title);
            assertThat(row.dragJson())
                    .isEqualTo("{\"trackId\":\"" + track.id() + "\",\"stem\":null,\"name\":\"" + title
                            + "\",\"duration\":2.0,\"bpm\":null,\"firstBeat\":null}");
        });
        assertThat(sources.hasChildren(tracks.getFirst())).isTrue();

        List<SourceRow> stems = sources.fetchChildren(new HierarchicalQuery<>(null, tracks.getFirst()))
                .toList();
        assertThat(stems).extracting(SourceRow::stem).containsExactly("vocals", "drums", "bass", "other");
        assertThat(stems.getFirst().dragJson())
                .startsWith("{\"trackId\":\"" + track.id() + "\",\"stem\":\"vocals\",\"name\":\"" + title
                        + " (Vocals)\",\"duration\":2.0");
        assertThat(sources.hasChildren(stems.getFirst())).isFalse();
    }
}
