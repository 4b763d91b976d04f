package com.soundforge.daw.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An export on the wire, in a pipeline job's shape ({@code job_id, job_type, status, progress, message, track_id,
 * result: {output_path, file_size}, error}) plus {@code project_id}, {@code format}, {@code silent_clip_ids} and,
 * once completed, {@code download_url}. {@code track_id} is the library track the export became, if any.
 */
public final class DawExportJson {

    private DawExportJson() {}

    public static Map<String, Object> of(DawExport export) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job_id", export.id().toString());
        json.put("job_type", DawExport.JOB_TYPE);
        json.put("status", export.status().wire());
        json.put("progress", export.progress());
        json.put("message", export.message());
        json.put(
                "track_id",
                export.libraryTrackId() == null ? null : export.libraryTrackId().toString());
        boolean completed = export.status() == DawExportStatus.COMPLETED;
        if (completed) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("output_path", DawExportRunner.relativeOutputPath(export));
            result.put("file_size", export.outputBytes());
            json.put("result", result);
        } else {
            json.put("result", null);
        }
        json.put("error", export.error());
        json.put("project_id", export.projectId().toString());
        json.put("format", export.format().wire());
        json.put(
                "silent_clip_ids",
                export.silentClipIds().stream().map(Object::toString).toList());
        json.put("download_url", completed ? "/media/daw/exports/" + export.id() + "/download" : null);
        return json;
    }
}
