package com.soundforge.daw.ui;

import com.soundforge.daw.AppliedBatch;
import com.soundforge.daw.DawLive;
import com.soundforge.daw.DawService;
import com.soundforge.daw.model.ProjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the editor screen hands its element: the whole project, applied batches in the server's order (each once,
 * by sequence number), refusals, the latest sequence number, the live layer's start and messages. It remembers the
 * last {@link #MAX_SENT} calls for tests.
 */
final class ElementSync {

    static final int MAX_SENT = 100;

    private final DawEditor editor;
    private final DawService daw;
    /**
     * What this screen sent the element, newest last: "load", "serverBatch {seq}", "refused {batch id}",
     * "startLive {screen}", "live {event}", "serverSeq".
     */
    final List<String> sent = new ArrayList<>();

    private long deliveredSeq;

    ElementSync(DawEditor editor, DawService daw) {
        this.editor = editor;
        this.daw = daw;
    }

    void load(ProjectState state) {
        deliveredSeq = state.seq();
        editor.load(daw.stateJson(state));
        sent("load " + state.seq());
    }

    /** Hands the element a batch it has not had yet; false when it had it (or a later one) already. */
    boolean deliver(AppliedBatch batch) {
        if (batch.seq() <= deliveredSeq) {
            return false;
        }
        deliveredSeq = batch.seq();
        editor.serverBatch(daw.batchJson(batch));
        sent("serverBatch " + batch.seq() + " " + batch.batch());
        return true;
    }

    /** The batches the element missed since {@code seq} (a gap, or it came back), or the state when they are many. */
    void catchUp(ProjectState state, long seq, Supplier<List<AppliedBatch>> since) {
        if (seq > state.seq() || state.seq() - seq > DawService.MAX_CATCH_UP_OPS) {
            load(state);
            return;
        }
        for (AppliedBatch batch : since.get()) {
            deliveredSeq = Math.max(deliveredSeq, batch.seq());
            editor.serverBatch(daw.batchJson(batch));
            sent("serverBatch " + batch.seq() + " " + batch.batch());
        }
    }

    void refuse(String batchJson, String reason) {
        String batchId = BatchIds.of(batchJson);
        editor.refused(batchId, reason);
        sent("refused " + batchId);
    }

    void serverSeq(long seq) {
        editor.serverSeq(seq);
        sent("serverSeq");
    }

    void startLive(DawLive.Screen screen) {
        editor.startLive(DawLive.json(screen.identity()), DawLive.json(screen.presenceState()));
        sent("startLive " + screen.id());
    }

    void live(String event, Object payload) {
        editor.liveMessage(event, DawLive.json(payload));
        sent("live " + event);
    }

    private void sent(String call) {
        sent.add(call);
        if (sent.size() > MAX_SENT) {
            sent.removeFirst();
        }
    }
}
