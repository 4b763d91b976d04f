package com.soundforge.daw.engine;

/** Told after each rendered block how far a render is. */
@FunctionalInterface
public interface RenderProgress {

    RenderProgress NONE = (done, total) -> {};

    void rendered(long framesDone, long framesTotal);
}
