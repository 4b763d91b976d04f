package com.soundforge.daw.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * Java side of {@code <sfa-daw-editor>}: the timeline that applies the user's edits at once and reports each
 * gesture as a batch. The view feeds it the server's state and every batch the server applied, in order.
 */
@Tag("sfa-daw-editor")
@JsModule("./daw/sfa-daw-editor.ts")
public class DawEditor extends Component implements HasSize {

    public void setProjectId(String projectId) {
        getElement().setProperty("projectId", projectId);
    }

    /** A viewer's editor: no gesture changes the project; playback, seeking, zoom and selection still work. */
    public void setReadOnly(boolean readOnly) {
        getElement().setProperty("readOnly", readOnly);
    }

    /** Replaces everything the element holds (its pending edits included) with the server's state. */
    public void load(String stateJson) {
        getElement().callJsFunction("load", stateJson);
    }

    /** A batch the server applied (this screen's own included: its arrival confirms the pending batch). */
    public void serverBatch(String appliedBatchJson) {
        getElement().callJsFunction("serverBatch", appliedBatchJson);
    }

    /** The server refused one of this screen's batches: the element rolls it back and shows the reason. */
    public void refused(String batchId, String reason) {
        getElement().callJsFunction("refused", batchId, reason);
    }

    /** The server's latest sequence number, every few seconds: the element asks for batches it did not get. */
    public void serverSeq(long seq) {
        getElement().callJsFunction("serverSeq", seq);
    }

    /** This screen in the project's presence ({@code {screen, name, color}}) and the presence it joined. */
    public void startLive(String identityJson, String presenceStateJson) {
        getElement().callJsFunction("startLive", identityJson, presenceStateJson);
    }

    /** Another screen's {@code presence_diff}, {@code cursor} or {@code preview}, as JSON text. */
    public void liveMessage(String event, String payloadJson) {
        getElement().callJsFunction("liveMessage", event, payloadJson);
    }

    /** This screen's pointer, presence or drag preview for the others (the channel's message shapes). */
    public Registration addLiveListener(ComponentEventListener<LiveEvent> listener) {
        Registration cursor = addListener(CursorEvent.class, listener::onComponentEvent);
        Registration presence = addListener(PresenceEvent.class, listener::onComponentEvent);
        Registration preview = addListener(PreviewEvent.class, listener::onComponentEvent);
        return () -> {
            cursor.remove();
            presence.remove();
            preview.remove();
        };
    }

    public Registration addOpsListener(ComponentEventListener<OpsEvent> listener) {
        return addListener(OpsEvent.class, listener);
    }

    public Registration addResyncListener(ComponentEventListener<ResyncEvent> listener) {
        return addListener(ResyncEvent.class, listener);
    }

    /** One gesture's batch ({@code {id, ops}} as JSON text), already applied on this screen. */
    @DomEvent(DawDomEvents.OPS)
    public static class OpsEvent extends ComponentEvent<DawEditor> {

        private final String batch;

        public OpsEvent(DawEditor source, boolean fromClient, @EventData("event.detail.batch") String batch) {
            super(source, fromClient);
            this.batch = batch;
        }

        public String batch() {
            return batch;
        }
    }

    /** The element saw a gap in the server's batches and needs the whole state again. */
    @DomEvent(DawDomEvents.RESYNC)
    public static class ResyncEvent extends ComponentEvent<DawEditor> {

        private final long seq;

        public ResyncEvent(DawEditor source, boolean fromClient, @EventData("event.detail.seq") double seq) {
            super(source, fromClient);
            this.seq = (long) seq;
        }

        /** The last sequence number the element applied. */
        public long seq() {
            return seq;
        }
    }

    /** One of this screen's live messages: its name on the channel and its JSON text. */
    public abstract static class LiveEvent extends ComponentEvent<DawEditor> {

        private final String event;
        private final String json;

        LiveEvent(DawEditor source, boolean fromClient, String event, String json) {
            super(source, fromClient);
            this.event = event;
            this.json = json;
        }

        /** {@code cursor}, {@code presence} or {@code preview}. */
        public String event() {
            return event;
        }

        public String json() {
            return json;
        }
    }

    /** The pointer and playhead: {@code {track, time, playhead, playing, view}}. */
    @DomEvent(DawDomEvents.CURSOR)
    public static class CursorEvent extends LiveEvent {
        public CursorEvent(
                DawEditor source, boolean fromClient, @EventData("JSON.stringify(event.detail)") String json) {
            super(source, fromClient, "cursor", json);
        }
    }

    /** The selection, the clip being edited and whom this screen follows: {@code {selection, editing, following}}. */
    @DomEvent(DawDomEvents.PRESENCE)
    public static class PresenceEvent extends LiveEvent {
        public PresenceEvent(
                DawEditor source, boolean fromClient, @EventData("JSON.stringify(event.detail)") String json) {
            super(source, fromClient, "presence", json);
        }
    }

    /** A drag in progress, {@code {ops}}; no operations end it. */
    @DomEvent(DawDomEvents.PREVIEW)
    public static class PreviewEvent extends LiveEvent {
        public PreviewEvent(
                DawEditor source, boolean fromClient, @EventData("JSON.stringify(event.detail)") String json) {
            super(source, fromClient, "preview", json);
        }
    }
}
