package com.soundforge.daw.engine;

import com.soundforge.daw.model.ClipSource;
import java.io.IOException;
import java.util.Optional;

/** Opens a clip's source as a stream at the project rate, stretched by the clip's ratio. */
@FunctionalInterface
public interface StreamProvider {

    /** The stream, or empty when the source no longer exists (a deleted library track or stem). */
    Optional<StereoStream> open(ClipSource source, int rate, double stretch) throws IOException;
}
