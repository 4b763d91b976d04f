package com.soundforge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.LibraryService;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.StemsEvent;
import com.soundforge.support.SfaPipelineTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The stem-separation stage in a real pipeline run: an uploaded track is separated before it is analysed. */
@SfaPipelineTest
class StemSeparationStageTest {

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @Autowired
    PipelineService pipelines;

    @Autowired
    SeparationService separation;

    @Autowired
    Broadcaster broadcaster;

    @Autowired
    UserService users;

    @TempDir
    Path work;

    @Test
    void anUploadedTrackIsSeparatedIntoStemsWithLiveProgress() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Path wav = TestAudio.writeSineWav(work.resolve("Stage - Stems.wav"), 44_100, 2, 3.0, 247);
        List<TopicMessage> events = new CopyOnWriteArrayList<>();
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "Stage - Stems.wav").track();
        }
        broadcaster.subscribe(Topics.trackPipeline(track.id()), events::add);

        PipelineJob processing = await(owner, track, JobType.PROCESSING);

        assertThat(processing.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(processing.message()).contains("Separated into 4 stems with sfa");
        assertThat(separation.stems(owner.id(), track.id())).hasSize(4);
        assertThat(await(owner, track, JobType.ANALYSIS).status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(events).anyMatch(m -> m.event().equals(StemsEvent.READY));
    }

    @Test
    void audioThatCannotBeDecodedFailsTheStageClearly() throws Exception {
        UserAccount owner = TestUsers.create(users);
        Path wav = TestAudio.writeSineWav(work.resolve("broken.wav"), 44_100, 2, 2.0, 247);
        Track track;
        try (InputStream in = Files.newInputStream(wav)) {
            track = imports.importAudio(owner.id(), in, "broken.wav").track();
        }
        Path stored = library.audioFile(owner.id(), track.id()).path();
        Files.write(stored, new byte[] {'n', 'o', 'p', 'e'});

        PipelineJob processing = await(owner, track, JobType.PROCESSING);

        assertThat(processing.status()).isEqualTo(JobStatus.FAILED);
        assertThat(processing.error()).isNotBlank();
    }

    private PipelineJob await(UserAccount owner, Track track, JobType type) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            for (PipelineJob job : pipelines.jobsOfTrack(owner, track.id())) {
                if (job.type() == type && job.status().isFinished()) {
                    return job;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError(type + " did not finish");
    }
}
