package com.soundforge.analysis.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An analyzer fed with STFT frames of the front end's decimated mono signal. Standalone, it runs its own front end
 * ({@link #start}, {@link #process}); in the engine it listens to the shared one ({@link #attach}).
 */
abstract class StftAnalyzer implements FrontEnd.Sink {

    /** The front end {@link #start} made for standalone use; null when attached to the engine's. */
    private @Nullable FrontEnd own;

    private StreamingStft stft;

    /** Standalone use: analyses the planar blocks given to {@link #process}. */
    public void start(int sampleRateHz, int channels, long totalFrames) {
        FrontEnd frontEnd = new FrontEnd(sampleRateHz, channels);
        own = frontEnd;
        attach(frontEnd, totalFrames < 0 ? -1 : (long) (totalFrames * inputRate(frontEnd) / sampleRateHz));
    }

    public void process(float[][] planar, int frames) {
        Objects.requireNonNull(own, "process() is for standalone use, after start()")
                .process(planar, frames);
    }

    /** Shared use: listens to a front end, expecting about {@code expectedSamples} at {@link #inputRate}. */
    abstract void attach(FrontEnd frontEnd, long expectedSamples);

    /** The front-end rate this analyzer listens to. */
    abstract double inputRate(FrontEnd frontEnd);

    /** Frames of {@code size} samples every {@code hop} go to {@code frames}. */
    @Initializer
    final void frames(int size, int hop, StreamingStft.FrameListener frames) {
        stft = new StreamingStft(size, hop, frames);
    }

    @Override
    public final void accept(float[] samples, int n) {
        stft.accept(samples, n);
    }

    @Override
    public final void end() {
        stft.end();
    }

    /** Before finishing: ends the own front end of standalone use (the engine ends the shared one). */
    final void endStandalone() {
        if (own != null) {
            own.end();
        }
    }
}
