package com.soundforge.daw;

import static com.soundforge.daw.DawServiceTest.addClip;
import static com.soundforge.daw.DawServiceTest.addTrack;
import static com.soundforge.daw.DawServiceTest.batch;
import static com.soundforge.daw.DawServiceTest.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The projects that follow a track's beat grid are found by the list of tracks their clips play, kept on write. */
@SfaSpringTest
class ProjectTrackIndexTest {

    @Autowired
    DawService daw;

    @Autowired
    ProjectTrackRepository projects;

    @Autowired
    ImportService imports;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    UserAccount producer;
    UserAccount editor;
    Track tone;
    Track otherTone;
    Track editorsTone;

    @BeforeEach
    void twoProducersWithTracks() throws Exception {
        producer = TestUsers.create(users);
        editor = TestUsers.create(users);
        tone = importTone(producer, "Index - A.wav", 440);
        otherTone = importTone(producer, "Index - B.wav", 550);
        editorsTone = importTone(editor, "Index - C.wav", 660);
    }

    @Test
    void aProjectIsListedForATrackOnceABatchAddsAClipOfItAndNotBefore() {
        UUID project = daw.create(producer, "Set").id();
        String lane = UUID.randomUUID().toString();
        daw.apply(producer, project, batch(addTrack(lane)), null);
        assertThat(projects.findMentioning(tone.id())).doesNotContain(project);

        daw.apply(producer, project, batch(addClip(UUID.randomUUID().toString(), lane, tone.id(), 0, 2)), null);

        assertThat(projects.findMentioning(tone.id())).contains(project);
        assertThat(projects.findMentioning(otherTone.id())).doesNotContain(project);
        assertThat(projects.tracksOf(project)).containsExactly(tone.id());
    }

    @Test
    void projectsMadeFromATemplateOrByACollaboratorAreListedToo() {
        UUID made = daw.addToProject(producer, null, tone.id()).id();
        assertThat(projects.findMentioning(tone.id())).contains(made);

        daw.share(producer, made, editor.username(), ProjectRole.EDITOR);
        String lane = daw.open(producer, made).tracks().iterator().next().id().toString();
        daw.apply(editor, made, batch(addClip(UUID.randomUUID().toString(), lane, editorsTone.id(), 4, 2)), null);
        assertThat(projects.findMentioning(editorsTone.id())).contains(made);

        UUID copy = daw.duplicate(producer, made).id();
        assertThat(projects.findMentioning(tone.id())).contains(made, copy);
        assertThat(projects.findMentioning(editorsTone.id())).contains(made, copy);
        assertThat(projects.findMentioning(otherTone.id())).doesNotContain(made, copy);
    }

    @Test
    void aProjectWithoutAClipOfTheTrackIsNotListedEvenWhenItsTextHoldsTheId() {
        UUID project = daw.create(producer, "Notes").id();
        String lane = UUID.randomUUID().toString();
        daw.apply(
                producer,
                project,
                batch(addTrack(lane), addClip(UUID.randomUUID().toString(), lane, otherTone.id(), 0, 2)),
                null);
        daw.apply(producer, project, batch(set("project", null, "name", "\"" + tone.id() + "\"")), null);
        daw.unload(project);

        assertThat(projects.findMentioning(tone.id()))
                .as("the former text scan listed it: its name is in the snapshot")
                .doesNotContain(project);
        assertThat(projects.findMentioning(otherTone.id())).contains(project);
    }

    @Test
    void aDeletedProjectLeavesTheList() {
        UUID project = daw.addToProject(producer, null, tone.id()).id();

        daw.delete(producer, project);

        assertThat(projects.findMentioning(tone.id())).doesNotContain(project);
        assertThat(projects.tracksOf(project)).isEmpty();
    }

    @Test
    void aFollowLeftPendingIsNotedOnTheListedTrackOrListsATrackThatWasNot() {
        UUID project = daw.addToProject(producer, null, tone.id()).id();

        projects.markFollowPending(project, tone.id());
        projects.markFollowPending(project, otherTone.id());
        projects.markFollowPending(project, otherTone.id());

        assertThat(projects.followPending(project)).containsExactlyInAnyOrder(tone.id(), otherTone.id());
        assertThat(projects.findMentioning(otherTone.id())).contains(project);
        projects.clearFollowPending(project, tone.id());
        assertThat(projects.followPending(project)).containsExactly(otherTone.id());
        assertThat(projects.tracksOf(project)).containsExactlyInAnyOrder(tone.id(), otherTone.id());
    }

    private Track importTone(UserAccount owner, String name, double hz) throws Exception {
        Path wav = TestAudio.writeSineWav(work.resolve(name), 8_000, 1, 10, hz);
        try (InputStream in = Files.newInputStream(wav)) {
            return imports.importAudio(owner.id(), in, name).track();
        }
    }
}
