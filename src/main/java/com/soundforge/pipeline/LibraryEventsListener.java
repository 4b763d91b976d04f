package com.soundforge.pipeline;

import com.soundforge.library.TrackDeleted;
import com.soundforge.library.TrackImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Starts the pipeline of every uploaded track, and forgets the jobs of deleted tracks. */
@Component
class LibraryEventsListener {

    private final PipelineService pipelines;
    private final PipelineProperties properties;

    LibraryEventsListener(PipelineService pipelines, PipelineProperties properties) {
        this.pipelines = pipelines;
        this.properties = properties;
    }

    @EventListener
    void on(TrackImported imported) {
        if (!imported.viaUrl() && properties.startOnUpload()) {
            pipelines.startForImportedTrack(imported.ownerId(), imported.trackId());
        }
    }

    @EventListener
    void on(TrackDeleted deleted) {
        pipelines.forgetTrack(deleted.trackId());
    }
}
