package com.soundforge.daw;

import com.soundforge.daw.model.ProjectState;
import java.util.UUID;

/**
 * A loaded project: its current state, how far the stored snapshot lags behind, and whether it has a grid edit of
 * a source track to catch up with ({@link DawTempoFollower#catchUp}). Writers hold its monitor while they check,
 * log, apply and publish a batch, so batches are published in sequence order.
 */
final class LiveProject {

    final UUID ownerId;
    private volatile ProjectState state;
    private volatile long snapshotSeq;
    private volatile long lastUsedNanos = System.nanoTime();
    private volatile boolean followPending;

    LiveProject(UUID ownerId, ProjectState state, long snapshotSeq) {
        this.ownerId = ownerId;
        this.state = state;
        this.snapshotSeq = snapshotSeq;
    }

    ProjectState state() {
        touch();
        return state;
    }

    /** The current state without counting as a use (for the snapshot writer). */
    ProjectState peek() {
        return state;
    }

    void state(ProjectState next) {
        state = next;
        touch();
    }

    boolean snapshotBehind() {
        return state.seq() > snapshotSeq;
    }

    void snapshotSaved(long seq) {
        snapshotSeq = Math.max(snapshotSeq, seq);
    }

    /** Whether a grid edit of one of its source tracks could not be followed (the database says which). */
    boolean followPending() {
        return followPending;
    }

    void followPending(boolean pending) {
        followPending = pending;
    }

    long idleNanos() {
        return System.nanoTime() - lastUsedNanos;
    }

    private void touch() {
        lastUsedNanos = System.nanoTime();
    }
}
