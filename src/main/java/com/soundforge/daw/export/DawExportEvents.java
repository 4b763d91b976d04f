package com.soundforge.daw.export;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Publishes an export's state on {@code jobs:{exportId}} with the pipeline's event names ({@code job:progress},
 * {@code job:completed}, {@code job:failed}) and on its project's topic {@code daw:project:{projectId}} as
 * {@code export_progress}; the payload is {@link DawExportJson#of(DawExport)}, a pipeline job's shape.
 */
@Component
class DawExportEvents {

    static final String PROGRESS = "job:progress";
    static final String COMPLETED = "job:completed";
    static final String FAILED = "job:failed";
    static final String PROJECT_EVENT = "export_progress";

    private final Broadcaster broadcaster;

    DawExportEvents(Broadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    static String projectTopic(UUID projectId) {
        return "daw:project:" + projectId;
    }

    void publish(DawExport export) {
        String event = switch (export.status()) {
            case COMPLETED -> COMPLETED;
            case FAILED -> FAILED;
            default -> PROGRESS;
        };
        var json = DawExportJson.of(export);
        broadcaster.publish(Topics.job(export.id()), event, json);
        broadcaster.publish(projectTopic(export.projectId()), PROJECT_EVENT, json);
    }
}
