package com.soundforge.analysis.ui;

import com.soundforge.analysis.BpmSource;
import com.soundforge.analysis.TrackTempo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * Java side of {@code <sfa-tempo-editor>}: the track page's beat-grid edits. Its events carry what the user asked
 * for; the service checks the values.
 */
@Tag("sfa-tempo-editor")
@JsModule("./analysis/sfa-tempo-editor.ts")
public class TempoEditor extends Component {

    TempoEditor() {
        setId("tempo-editor");
    }

    void show(TrackTempo tempo) {
        getElement().setProperty("bpm", tempo.bpm() == null ? 0 : tempo.bpm());
        getElement()
                .setProperty(
                        "bpmSource", tempo.tempo() == null ? "" : tempo.source().wire());
        getElement().setProperty("analysedBpm", tempo.analysedBpm() == null ? 0 : tempo.analysedBpm());
    }

    boolean showsEdited() {
        return BpmSource.EDITED.wire().equals(getElement().getProperty("bpmSource", ""));
    }

    Registration addEditListener(ComponentEventListener<EditEvent> listener) {
        return addListener(EditEvent.class, listener);
    }

    /** An edit: {@code action} as {@link com.soundforge.analysis.TempoEdit#parse} takes it, or reset. */
    @DomEvent(AnalysisDomEvents.TEMPO_EDIT)
    public static class EditEvent extends ComponentEvent<TempoEditor> {
        public final String action;
        public final Double value;

        public EditEvent(
                TempoEditor source,
                boolean fromClient,
                @EventData("event.detail.action") String action,
                @EventData("event.detail.value") Double value) {
            super(source, fromClient);
            this.action = action;
            this.value = value;
        }
    }
}
