package com.soundforge.daw.engine;

import static com.soundforge.daw.engine.Clips.RATE;
import static com.soundforge.daw.engine.Clips.arrangement;
import static com.soundforge.daw.engine.Clips.clip;
import static com.soundforge.daw.engine.Clips.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.soundforge.daw.model.DawClip;
import com.soundforge.daw.model.DawTrack;
import com.soundforge.daw.model.FadeCurve;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArrangementRendererTest {

    private static final float EPS = 1e-6f;

    private final Mixdown mix = new Mixdown();

    @Test
    void aClipPlaysItsSourceFromItsOffsetAtItsPositionForItsLength() throws IOException {
        UUID ramp = mix.ramp(RATE * 10);
        DawTrack track = track();
        DawClip clip = clip(track, ramp, 0.5, 0.25, 1.0);
        mix.render(arrangement(List.of(track), List.of(clip)), 0, 2 * RATE);
        int p = RATE / 2;
        int o = RATE / 4;
        assertThat(mix.left[p - 1]).isZero();
        assertThat(mix.left[p]).isCloseTo(o / 1e6f, within(EPS));
        assertThat(mix.left[p + 20_000]).isCloseTo((o + 20_000) / 1e6f, within(EPS));
        assertThat(mix.left[p + RATE - 1]).isCloseTo((o + RATE - 1) / 1e6f, within(EPS));
        assertThat(mix.left[p + RATE]).isZero();
    }

    @Test
    void clipGainIsTenToTheDecibelsOverTwenty() throws IOException {
        DawTrack track = track();
        DawClip clip = Clips.withGain(clip(track, mix.constant(0.5f, 0.5f), 0, 0, 1), -6);
        mix.render(arrangement(List.of(track), List.of(clip)), 0, RATE);
        assertThat(mix.left[1000]).isCloseTo((float) (0.5 * Math.pow(10, -6 / 20.0)), within(EPS));
    }

    @Test
    void eachFadeCurveHasTheReadmeValueAtKnownFrames() throws IOException {
        for (FadeCurve curve : FadeCurve.values()) {
            DawTrack track = track();
            DawClip clip = Clips.withFades(clip(track, mix.constant(1, 1), 0, 0, 2), 0.5, curve, 1.0, curve);
            mix.render(arrangement(List.of(track), List.of(clip)), 0, 2 * RATE);
            int fadeIn = RATE / 2;
            int n = 2 * RATE;
            assertThat(mix.left[0]).isZero();
            assertThat(mix.left[fadeIn / 2]).as(curve + " in").isCloseTo((float) expected(curve, 0.5), within(EPS));
            assertThat(mix.left[fadeIn / 4]).as(curve + " in").isCloseTo((float) expected(curve, 0.25), within(EPS));
            assertThat(mix.left[fadeIn]).isEqualTo(1f);
            assertThat(mix.left[n - RATE / 4]).as(curve + " out").isCloseTo((float) expected(curve, 0.25), within(EPS));
            assertThat(mix.left[n - RATE - 1]).isEqualTo(1f);
            assertThat(mix.left[n - 1]).isCloseTo((float) expected(curve, 1.0 / RATE), within(EPS));
        }
    }

    private static double expected(FadeCurve curve, double u) {
        return switch (curve) {
            case LINEAR -> u;
            case EXPONENTIAL -> (Math.pow(2, 10 * u) - 1) / 1023;
            case LOGARITHMIC -> Math.log(1 + 1023 * u) / Math.log(2) / 10;
            case SCURVE -> (1 - Math.cos(Math.PI * u)) / 2;
        };
    }

    @Test
    void fadesLongerThanTheClipAreCutToIt() throws IOException {
        DawTrack track = track();
        DawClip clip = Clips.withFades(
                clip(track, mix.constant(1, 1), 0, 0, 1), 0.75, FadeCurve.LINEAR, 0.5, FadeCurve.LINEAR);
        mix.render(arrangement(List.of(track), List.of(clip)), 0, RATE);
        int fadeIn = RATE * 3 / 4;
        int fadeOut = RATE - fadeIn;
        assertThat(mix.left[fadeIn / 2]).isCloseTo(0.5f, within(EPS));
        assertThat(mix.left[RATE - fadeOut / 2]).isCloseTo(0.5f, within(EPS));
    }

    @Test
    void panFollowsWebAudiosEqualPowerLawForStereoInput() throws IOException {
        double[][] cases = {
            {-1, 0.5 + 0.25, 0},
            {-0.5, 0.5 + 0.25 * Math.cos(Math.PI / 4), 0.25 * Math.sin(Math.PI / 4)},
            {0, 0.5, 0.25},
            {0.5, 0.5 * Math.cos(Math.PI / 4), 0.25 + 0.5 * Math.sin(Math.PI / 4)},
            {1, 0, 0.75}
        };
        for (double[] c : cases) {
            DawTrack track = track(0, c[0], false, false);
            mix.render(arrangement(List.of(track), List.of(clip(track, mix.constant(0.5f, 0.25f), 0, 0, 1))), 0, 100);
            assertThat(mix.left[10]).as("L at pan " + c[0]).isCloseTo((float) c[1], within(EPS));
            assertThat(mix.right[10]).as("R at pan " + c[0]).isCloseTo((float) c[2], within(EPS));
        }
    }

    @Test
    void trackVolumeScalesAndMinus96IsSilence() throws IOException {
        DawTrack quiet = track(-12, 0, false, false);
        DawTrack silent = track(-96, 0, false, false);
        UUID one = mix.constant(1, 1);
        mix.render(
                arrangement(List.of(quiet, silent), List.of(clip(quiet, one, 0, 0, 1), clip(silent, one, 0, 0, 1))),
                0,
                100);
        assertThat(mix.left[10]).isCloseTo((float) Math.pow(10, -12 / 20.0), within(EPS));
    }

    @Test
    void masterGainScalesTheSumAndMinus96IsSilence() throws IOException {
        DawTrack track = track();
        List<DawClip> clips = List.of(clip(track, mix.constant(1, 1), 0, 0, 1));
        mix.render(Clips.arrangement(120, 3, List.of(track), clips), 0, 100);
        assertThat(mix.left[10]).isCloseTo((float) Math.pow(10, 3 / 20.0), within(EPS));
        mix.render(Clips.arrangement(120, -96, List.of(track), clips), 0, 100);
        assertThat(mix.left[10]).isZero();
    }

    @Test
    void overlappingClipsOnOneTrackAddUp() throws IOException {
        DawTrack track = track();
        List<DawClip> clips = List.of(
                clip(track, mix.constant(0.25f, 0.25f), 0, 0, 1), clip(track, mix.constant(0.5f, 0.5f), 0.5, 0, 1));
        mix.render(arrangement(List.of(track), clips), 0, 2 * RATE);
        assertThat(mix.left[RATE / 4]).isEqualTo(0.25f);
        assertThat(mix.left[RATE * 3 / 4]).isEqualTo(0.75f);
        assertThat(mix.left[RATE * 5 / 4]).isEqualTo(0.5f);
    }

    @Test
    void mutedTracksAndClipsAreSilentAndSoloKeepsOnlySoloedTracks() throws IOException {
        DawTrack plain = track(0, 0, false, false);
        DawTrack muted = track(0, 0, true, false);
        DawTrack soloed = track(0, 0, false, true);
        DawTrack mutedSolo = track(0, 0, true, true);
        List<DawClip> clips = List.of(
                clip(plain, mix.constant(0.001f, 0), 0, 0, 1),
                clip(muted, mix.constant(0.01f, 0), 0, 0, 1),
                clip(soloed, mix.constant(0.1f, 0), 0, 0, 1),
                Clips.muted(clip(soloed, mix.constant(0.2f, 0), 0, 0, 1)),
                clip(mutedSolo, mix.constant(0.4f, 0), 0, 0, 1));
        mix.render(arrangement(List.of(plain, muted, soloed, mutedSolo), clips), 0, 100);
        assertThat(mix.left[10]).isEqualTo(0.1f);
        mix.render(arrangement(List.of(plain, muted), clips.subList(0, 2)), 0, 100);
        assertThat(mix.left[10]).isEqualTo(0.001f);
    }

    @Test
    void aMissingSourceIsSilenceAndItsClipIsReported() throws IOException {
        DawTrack track = track();
        DawClip gone = clip(track, UUID.randomUUID(), 0, 0, 1);
        DawClip present = clip(track, mix.constant(0.5f, 0.5f), 0, 0, 1);
        mix.render(arrangement(List.of(track), List.of(gone, present)), 0, RATE);
        assertThat(mix.left[100]).isEqualTo(0.5f);
        assertThat(mix.result.silentClipIds()).containsExactly(gone.id());
    }

    @Test
    void pastTheEndOfItsStreamAClipIsSilent() throws IOException {
        DawTrack track = track();
        UUID ramp = mix.ramp(RATE / 2);
        mix.render(arrangement(List.of(track), List.of(clip(track, ramp, 0, 0, 1))), 0, RATE);
        assertThat(mix.left[RATE / 2 - 1]).isGreaterThan(0);
        assertThat(mix.left[RATE / 2]).isZero();
    }

    @Test
    void aWarpedClipReadsTheStretchedStreamFromOffsetOverS() throws IOException {
        DawTrack track = track();
        UUID ramp = mix.ramp(RATE * 10);
        DawClip clip = Clips.warped(clip(track, ramp, 0, 1.0, 1));
        mix.render(arrangement(125, 0, List.of(track), List.of(clip)), 0, 100);
        assertThat(mix.stretches).containsExactly(1.25);
        assertThat(mix.left[0]).isCloseTo(Math.round(RATE / 1.25) / 1e6f, within(EPS));
        mix.stretches.clear();
        mix.render(arrangement(125, 0, List.of(track), List.of(clip(track, ramp, 0, 1.0, 1))), 0, 100);
        assertThat(mix.stretches).containsExactly(1.0);
    }

    @Test
    void theExportSpansFrameZeroToTheEndOfTheLastClipThatIsNotMuted() {
        DawTrack track = track();
        UUID source = UUID.randomUUID();
        Arrangement a = arrangement(
                List.of(track), List.of(clip(track, source, 1, 0, 2), Clips.muted(clip(track, source, 5, 0, 2))));
        assertThat(a.endFrame()).isEqualTo(3L * RATE);
    }

    @Test
    void aRangeIsRenderedInBlocksAndTracksAddUpToTheMaster() throws IOException {
        DawTrack a = track(-3, -0.3, false, false);
        DawTrack b = track(2, 0.7, false, false);
        List<DawClip> clips =
                List.of(clip(a, mix.ramp(RATE * 2), 0, 0, 2), clip(b, mix.constant(0.1f, 0.2f), 0.3, 0, 1));
        List<Long> progress = new ArrayList<>();
        float[] maxError = {0};
        RenderResult result = new ArrangementRenderer(mix)
                .render(
                        Clips.arrangement(120, -2, List.of(a, b), clips),
                        1000,
                        RATE * 2L,
                        (first, frames, master, tracks) -> {
                            assertThat(frames).isLessThanOrEqualTo(ArrangementRenderer.BLOCK);
                            for (int i = 0; i < frames; i++) {
                                float sum = tracks.get(0).signal().left()[i]
                                        + tracks.get(1).signal().left()[i];
                                maxError[0] = Math.max(maxError[0], Math.abs(sum - master.left()[i]));
                            }
                        },
                        (done, total) -> progress.add(done));
        assertThat(maxError[0]).isLessThan(EPS);
        assertThat(result.frames()).isEqualTo(RATE * 2L - 1000);
        assertThat(progress.getLast()).isEqualTo(RATE * 2L - 1000);
        assertThat(progress).isSorted();
    }
}
