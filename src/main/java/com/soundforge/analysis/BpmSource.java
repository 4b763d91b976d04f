package com.soundforge.analysis;

/** Where a track's effective tempo comes from: the engine's analysis, or its owner's edit of the beat grid. */
public enum BpmSource {
    ANALYSED("analysed"),
    EDITED("edited");

    private final String wire;

    BpmSource(String wire) {
        this.wire = wire;
    }

    /** The name on REST, the channel and the components: {@code analysed} or {@code edited}. */
    public String wire() {
        return wire;
    }

    public static BpmSource of(boolean edited) {
        return edited ? EDITED : ANALYSED;
    }
}
