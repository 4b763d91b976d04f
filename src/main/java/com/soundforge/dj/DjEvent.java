package com.soundforge.dj;

/** What the other screens of a session are told, on {@code dj:session:{id}}. */
public record DjEvent(String name, Object payload) {

    public static final String DECK_STATE_CHANGED = "deck_state_changed";
    public static final String TRACK_LOADED = "track_loaded";
    public static final String CUE_UPDATED = "cue_updated";
    public static final String HOT_CUE_TRIGGERED = "hot_cue_triggered";
    public static final String LOOP_CHANGED = "loop_changed";
    public static final String MIXER_CHANGED = "mixer_changed";
    /**
     * The loaded track's beat grid was edited by its owner (payload: the deck's state, whose track carries the new
     * {@code bpm} and {@code bpmSource}): every screen, the editing one too, shows the new grid.
     */
    public static final String BEAT_GRID_CHANGED = "beat_grid_changed";
    /** The DJ's message to every spectator: {@code {text, at}}. */
    public static final String ANNOUNCEMENT = "announcement";
    /** A share link was revoked ({@code {linkId}}): spectators re-check their token and leave when it is dead. */
    public static final String SHARE_REVOKED = "share_revoked";
    /** On {@code dj:inbox:{id}}: a spectator's request or shout-out. */
    public static final String SPECTATOR_MESSAGE = "spectator_message";
}
