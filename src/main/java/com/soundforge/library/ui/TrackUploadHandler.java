package com.soundforge.library.ui;

import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportService;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.UUID;

/**
 * Streams each uploaded file straight into the library (never whole in memory). A refused file is rejected with
 * the library's message, which the upload component shows next to that file; the view hears every outcome.
 */
class TrackUploadHandler implements UploadHandler {

    private final transient ImportService imports;
    private final UUID ownerId;
    private final SerializableConsumer<UploadOutcome> onOutcome;

    TrackUploadHandler(ImportService imports, UUID ownerId, SerializableConsumer<UploadOutcome> onOutcome) {
        this.imports = imports;
        this.ownerId = ownerId;
        this.onOutcome = onOutcome;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        String fileName = event.getFileName();
        UploadOutcome outcome;
        try {
            outcome = UploadOutcome.imported(fileName, imports.importAudio(ownerId, event.getInputStream(), fileName));
        } catch (ImportException e) {
            event.reject(e.getMessage());
            outcome = UploadOutcome.refused(fileName, e.getMessage());
        }
        UploadOutcome result = outcome;
        event.getUI().access(() -> onOutcome.accept(result));
    }
}
