package com.soundforge.realtime;

import java.util.UUID;

/** Topic names shared by publishers and subscribers. */
public final class Topics {

    private Topics() {
    }

    public static String tracks(UUID userId) {
        return "tracks:" + userId;
    }
}
