package com.soundforge.separation.ui;

import com.soundforge.separation.Stem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import java.util.UUID;

/** Java side of {@code <sfa-stem-mixer>}: the stems play in sync in the browser with mute, solo and volume. */
@Tag("sfa-stem-mixer")
@JsModule("./separation/sfa-stem-mixer.ts")
public class StemMixer extends Component implements HasSize {

    public StemMixer() {
        setStems(null, List.of());
    }

    /** The stems to play; an empty list shows the status text instead. */
    public void setStems(UUID trackId, List<Stem> stems) {
        StringBuilder json = new StringBuilder("[");
        for (Stem stem : stems) {
            if (json.length() > 1) {
                json.append(',');
            }
            String wire = stem.type().wire();
            json.append("{\"stem\":\"").append(wire).append("\",\"label\":\"").append(stem.type().label())
                    .append("\",\"url\":\"/media/tracks/").append(trackId).append("/stems/").append(wire)
                    .append("\",\"download\":\"/api/v1/tracks/").append(trackId).append("/stems/").append(wire)
                    .append("\"}");
        }
        getElement().setProperty("stems", json.append(']').toString());
        getElement().setProperty("zip", stems.isEmpty() ? "" : "/api/v1/tracks/" + trackId + "/stems.zip");
    }

    public void setStatus(String status) {
        getElement().setProperty("status", status == null ? "" : status);
    }
}
