package com.soundforge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/**
 * What a player component reports when the user plays, pauses or seeks, and once when playback reaches the end.
 * Each player declares its own DOM event name on a subclass, which Vaadin needs to bind the event.
 */
public abstract class PlaybackStateEvent<C extends Component> extends ComponentEvent<C> {

    private final boolean playing;
    private final double positionSeconds;

    protected PlaybackStateEvent(C source, boolean fromClient, boolean playing, double positionSeconds) {
        super(source, fromClient);
        this.playing = playing;
        this.positionSeconds = positionSeconds;
    }

    public boolean isPlaying() {
        return playing;
    }

    public double getPositionSeconds() {
        return positionSeconds;
    }
}
