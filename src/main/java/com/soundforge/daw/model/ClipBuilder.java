package com.soundforge.daw.model;

import java.util.UUID;

/** A clip's properties as mutable fields, to change one and build the next clip. */
final class ClipBuilder {
    UUID id;
    UUID trackId;
    String name;
    String color;
    ClipSource source;
    double position;
    double offset;
    double length;
    double gainDb;
    double fadeIn;
    FadeCurve fadeInCurve;
    double fadeOut;
    FadeCurve fadeOutCurve;
    boolean mute;
    boolean warp;

    ClipBuilder(DawClip c) {
        id = c.id();
        trackId = c.trackId();
        name = c.name();
        color = c.color();
        source = c.source();
        position = c.position();
        offset = c.offset();
        length = c.length();
        gainDb = c.gainDb();
        fadeIn = c.fadeIn();
        fadeInCurve = c.fadeInCurve();
        fadeOut = c.fadeOut();
        fadeOutCurve = c.fadeOutCurve();
        mute = c.mute();
        warp = c.warp();
    }

    DawClip build() {
        return new DawClip(
                id,
                trackId,
                name,
                color,
                source,
                position,
                offset,
                length,
                gainDb,
                fadeIn,
                fadeInCurve,
                fadeOut,
                fadeOutCurve,
                mute,
                warp);
    }
}
