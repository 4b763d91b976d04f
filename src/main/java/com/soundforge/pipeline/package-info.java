/**
 * A track's pipeline: a chain of background jobs (download → separation → analysis → auto-cue, where each
 * stage exists) run by JobRunr, with retries, cancellation and coalesced live progress on the topics
 * {@code jobs:{jobId}}, {@code track_pipeline:{trackId}} and the owner's {@code pipelines:{userId}}.
 */
package com.soundforge.pipeline;
