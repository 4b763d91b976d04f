package com.soundforge.realtime;

import java.util.UUID;

/** Topic names shared by publishers and subscribers. */
public final class Topics {

    private Topics() {}

    /** A user's library: track:created, track:deleted, track:updated. */
    public static String tracks(UUID userId) {
        return "tracks:" + userId;
    }

    /** One job's progress: job:progress, job:completed, job:failed. */
    public static String job(UUID jobId) {
        return "jobs:" + jobId;
    }

    /** All stages of one track's pipeline. */
    public static String trackPipeline(UUID trackId) {
        return "track_pipeline:" + trackId;
    }

    /** A user's library analysed again in a new BPM range: progress (a ReanalysisProgress) until it ends. */
    public static String libraryAnalysis(UUID userId) {
        return "library_analysis:" + userId;
    }

    /** One track's analysis: analysis:updated when an analysis or its cues were stored. */
    public static String trackAnalysis(UUID trackId) {
        return "track_analysis:" + trackId;
    }

    /** One DJ session: deck_state_changed, track_loaded, cue_updated, mixer_changed…, presence_diff. */
    public static String djSession(UUID sessionId) {
        return "dj:session:" + sessionId;
    }

    /** What spectators of a DJ session send the DJ (track requests, shout-outs): delivered to the DJ only. */
    public static String djInbox(UUID sessionId) {
        return "dj:inbox:" + sessionId;
    }

    /** Every pipeline job of one user, for that user's dashboard. */
    public static String pipelines(UUID userId) {
        return "pipelines:" + userId;
    }

    /** Every pipeline job of every user, for the admin job dashboard. */
    public static String allJobs() {
        return "jobs:*";
    }

    /** One DAW project: ops (every applied batch, in sequence order), export_progress, deleted. */
    public static String dawProject(UUID projectId) {
        return "daw:project:" + projectId;
    }

    /** A user's DAW projects, for their project list: project_changed, project_deleted. */
    public static String dawProjects(UUID userId) {
        return "daw:projects:" + userId;
    }
}
