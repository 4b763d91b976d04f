package com.soundforge.library.ui;

import com.soundforge.ui.PlaybackStateEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.Base64;

/** Java side of {@code <sfa-track-player>}: plays a track in the browser over its waveform overview. */
@Tag("sfa-track-player")
@JsModule("./library/sfa-track-player.ts")
public class TrackPlayer extends Component implements HasSize {

    public TrackPlayer(String audioUrl, double durationSeconds) {
        getElement().setProperty("src", audioUrl);
        getElement().setProperty("duration", durationSeconds);
    }

    public void setPeaks(byte[] interleavedMinMax) {
        getElement().setProperty("peaks", Base64.getEncoder().encodeToString(interleavedMinMax));
    }

    /** Beat grid, sections and cues over the waveform: JSON as documented on {@code <sfa-waveform>}. */
    public void setMarkersJson(String markersJson) {
        getElement().setProperty("markers", markersJson);
    }

    public Registration addStateListener(ComponentEventListener<StateEvent> listener) {
        return addListener(StateEvent.class, listener);
    }

    /** Fired when the user plays, pauses or seeks, and once when playback reaches the end. */
    @DomEvent(LibraryDomEvents.PLAYER_STATE)
    public static class StateEvent extends PlaybackStateEvent<TrackPlayer> {

        public StateEvent(
                TrackPlayer source,
                boolean fromClient,
                @EventData("event.detail.playing") boolean playing,
                @EventData("event.detail.position") double positionSeconds) {
            super(source, fromClient, playing, positionSeconds);
        }
    }
}
