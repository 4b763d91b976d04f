package com.soundforge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.soundforge.daw.DawService;
import com.soundforge.daw.engine.Arrangement;
import com.soundforge.daw.engine.ArrangementRenderer;
import com.soundforge.daw.engine.RenderProgress;
import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.DawTrack;
import com.soundforge.daw.model.ProjectState;
import com.soundforge.daw.streams.DawSources;
import com.soundforge.library.Track;
import com.soundforge.library.imports.ImportService;
import com.soundforge.pipeline.PipelineService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.ImportedAndProcessed;
import com.soundforge.support.SfaPipelineTest;
import com.soundforge.support.TestMusic;
import com.soundforge.support.TestUsers;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server's render of an arrangement equals the browser engine's own render of it (an OfflineAudioContext
 * through the same DawEngine code, in Debian's Chromium): stems of an analysed groove with clip gains, fades of
 * every curve, pan, a track fader, the master gain and a warped clip. The difference must stay 60 dB below the
 * signal: both sides read the same prepared streams (resampled and stretched by the server), so what is left is
 * float rounding and the browser's automation of fades, which the engine samples at every frame.
 */
@SfaPipelineTest
class DawRenderParityTest {

    private static final double SECONDS = 7;

    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    ImportService imports;

    @Autowired
    PipelineService pipelines;

    @Autowired
    DawService daw;

    @Autowired
    DawSources sources;

    @TempDir
    Path work;

    @Test
    void theServersRenderEqualsTheBrowsersWithinSixtyDecibels() throws Exception {
        UserAccount user = TestUsers.create(users);
        Track groove = ImportedAndProcessed.track(
                imports, pipelines, user, TestMusic.writeMinorGroove(work.resolve("Parity - Groove.wav"), 120, 8));
        UUID id = daw.createFromStems(user, groove.id()).id();
        ProjectState state = daw.open(user, id);
        assertThat(state.clips()).hasSize(4);
        daw.apply(user, id, shapedMix(state), null);
        state = daw.open(user, id);
        assertThat(state.clips().stream().filter(DawClip::warp)).hasSize(1);

        Page page = browsers.signIn("http://localhost:" + port, user.username(), TestUsers.PASSWORD);
        page.navigate("/daw/" + id);
        page.waitForFunction("() => typeof window.sfaDawRenderEncoded === 'function'");
        @SuppressWarnings("unchecked")
        Map<String, Object> browser = (Map<String, Object>) page.evaluate(
                "async ([state, id, seconds]) => window.sfaDawRenderEncoded(JSON.parse(state), id, 0, seconds)",
                List.of(daw.stateJson(state), id.toString(), SECONDS));

        int frames = ((Number) browser.get("frames")).intValue();
        assertThat(((Number) browser.get("sampleRate")).intValue())
                .isEqualTo(state.settings().sampleRate());
        float[][] server = serverRender(user, state, frames);
        float[][] client = {floats((String) browser.get("left")), floats((String) browser.get("right"))};

        double signal = 0;
        double difference = 0;
        for (int channel = 0; channel < 2; channel++) {
            for (int i = 0; i < frames; i++) {
                signal += (double) server[channel][i] * server[channel][i];
                double d = server[channel][i] - client[channel][i];
                difference += d * d;
            }
        }
        assertThat(Math.sqrt(signal / (2.0 * frames))).as("server RMS").isGreaterThan(0.01);
        double db = 10 * Math.log10(difference / signal);
        System.out.printf("DAW parity: browser vs server difference %.1f dB below the signal%n", -db);
        assertThat(db).as("difference relative to the signal, dB").isLessThan(-60);
    }

    private static String shapedMix(ProjectState state) {
        List<DawTrack> tracks = state.tracksInOrder();
        List<String> ops = new ArrayList<>();
        ops.add(set("project", null, "bpm", "126"));
        ops.add(set("project", null, "masterDb", "-1.5"));
        ops.add(set("track", tracks.get(0).id(), "pan", "-0.6"));
        ops.add(set("track", tracks.get(1).id(), "pan", "0.4"));
        ops.add(set("track", tracks.get(1).id(), "volumeDb", "-6"));
        String[] curves = {"linear", "exponential", "logarithmic", "scurve"};
        int i = 0;
        for (DawTrack track : tracks) {
            DawClip clip = state.clipsOf(track.id()).getFirst();
            ops.add(set("clip", clip.id(), "gainDb", String.valueOf(-4 + 2 * i)));
            ops.add(set("clip", clip.id(), "fadeIn", String.valueOf(0.3 + 0.2 * i)));
            ops.add(set("clip", clip.id(), "fadeInCurve", "\"" + curves[i] + "\""));
            ops.add(set("clip", clip.id(), "fadeOutCurve", "\"" + curves[3 - i] + "\""));
            ops.add(set("clip", clip.id(), "length", "6"));
            ops.add(set("clip", clip.id(), "fadeOut", "1.5"));
            if (i == 2) {
                ops.add(set("clip", clip.id(), "warp", "true"));
            } else {
                ops.add(set("clip", clip.id(), "position", String.valueOf(0.25 * i)));
            }
            i++;
        }
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"ops\":[" + String.join(",", ops) + "]}";
    }

    private float[][] serverRender(UserAccount user, ProjectState state, int frames) throws Exception {
        float[][] out = new float[2][frames];
        Arrangement arrangement = new Arrangement(state.settings(), state.tracksInOrder(), List.copyOf(state.clips()));
        new ArrangementRenderer(sources.streamsOfArrangement())
                .render(
                        arrangement,
                        0,
                        frames,
                        (first, count, master, tracks) -> {
                            System.arraycopy(master.left(), 0, out[0], (int) first, count);
                            System.arraycopy(master.right(), 0, out[1], (int) first, count);
                        },
                        RenderProgress.NONE);
        return out;
    }

    private static String set(String kind, UUID id, String prop, String value) {
        return "{\"op\":\"set\",\"kind\":\"" + kind + "\"" + (id == null ? "" : ",\"id\":\"" + id + "\"")
                + ",\"prop\":\"" + prop + "\",\"value\":" + value + "}";
    }

    private static float[] floats(String base64) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(base64)).order(ByteOrder.LITTLE_ENDIAN);
        float[] samples = new float[bytes.remaining() / 4];
        bytes.asFloatBuffer().get(samples);
        return samples;
    }
}
