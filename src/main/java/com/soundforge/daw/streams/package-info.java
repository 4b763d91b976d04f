/**
 * The DAW's source streams as a service: finds a clip's source file (a library track's audio or one of its stems),
 * prepares it through the engine's disk cache, and serves its chunks and waveform peaks to the media endpoints and
 * its streams to the exporter.
 */
@NullMarked
package com.soundforge.daw.streams;

import org.jspecify.annotations.NullMarked;
