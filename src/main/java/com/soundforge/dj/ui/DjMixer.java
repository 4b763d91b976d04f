package com.soundforge.dj.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/** Java side of {@code <sfa-mixer>}; continuous controls arrive at most once per animation frame per control. */
@Tag("sfa-mixer")
@JsModule("./dj/sfa-mixer.ts")
public class DjMixer extends Component {

    public DjMixer(int channels, boolean spectator) {
        getElement().setProperty("channels", channels);
        getElement().setProperty("mode", spectator ? "spectator" : "dj");
        getElement().setAttribute("mode", spectator ? "spectator" : "dj");
    }

    /** The whole MixerState as JSON, applied without events. */
    public void setStateJson(String state) {
        getElement().setProperty("state", state);
    }

    public void restore(String stateJson) {
        getElement().callJsFunction("restore", stateJson);
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> l) {
        return addListener(ChangeEvent.class, l);
    }

    public Registration addCrossfaderListener(ComponentEventListener<CrossfaderEvent> l) {
        return addListener(CrossfaderEvent.class, l);
    }

    public Registration addMasterListener(ComponentEventListener<MasterEvent> l) {
        return addListener(MasterEvent.class, l);
    }

    /** One channel control; kills arrive as 1/0. */
    @DomEvent(DjDomEvents.MIXER_CHANGE)
    public static class ChangeEvent extends ComponentEvent<DjMixer> {
        public final Integer channel;
        public final String param;
        public final Double value;

        public ChangeEvent(
                DjMixer source,
                boolean fromClient,
                @EventData("event.detail.channel") Integer channel,
                @EventData("event.detail.param") String param,
                @EventData(
                                "typeof event.detail.value === 'boolean' ? (event.detail.value ? 1 : 0) : event.detail.value")
                        Double value) {
            super(source, fromClient);
            this.channel = channel;
            this.param = param;
            this.value = value;
        }
    }

    @DomEvent(DjDomEvents.MIXER_CROSSFADER)
    public static class CrossfaderEvent extends ComponentEvent<DjMixer> {
        public final Double value;
        public final String curve;

        public CrossfaderEvent(
                DjMixer source,
                boolean fromClient,
                @EventData("event.detail.value") Double value,
                @EventData("event.detail.curve") String curve) {
            super(source, fromClient);
            this.value = value;
            this.curve = curve;
        }
    }

    @DomEvent(DjDomEvents.MIXER_MASTER)
    public static class MasterEvent extends ComponentEvent<DjMixer> {
        public final Double value;

        public MasterEvent(DjMixer source, boolean fromClient, @EventData("event.detail.value") Double value) {
            super(source, fromClient);
            this.value = value;
        }
    }
}
