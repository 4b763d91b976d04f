package com.soundforge.dj.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/** Java side of {@code <sfa-dj-controls>}: keyboard shortcuts (help on "?") and Web MIDI with MIDI learn. */
@Tag("sfa-dj-controls")
@JsModule("./dj/sfa-dj-controls.ts")
public class DjControls extends Component {

    public void setMidiMappingsJson(String json) {
        getElement().setProperty("midiMappings", json == null ? "" : json);
    }

    public Registration addMappingsChangeListener(ComponentEventListener<MappingsChangeEvent> l) {
        return addListener(MappingsChangeEvent.class, l);
    }

    @DomEvent(DjDomEvents.MIDI_MAPPINGS_CHANGE)
    public static class MappingsChangeEvent extends ComponentEvent<DjControls> {
        public final String mappingsJson;

        public MappingsChangeEvent(
                DjControls source,
                boolean fromClient,
                @EventData("JSON.stringify(event.detail.mappings ?? [])") String mappingsJson) {
            super(source, fromClient);
            this.mappingsJson = mappingsJson;
        }
    }
}
