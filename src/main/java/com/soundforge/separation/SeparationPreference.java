package com.soundforge.separation;

import java.util.List;

/** A user's choice of separation engine ({@code sfa} or {@code demucs}) and Demucs model. */
public record SeparationPreference(String engine, String demucsModel) {

    public static final List<String> DEMUCS_MODELS = List.of("htdemucs", "htdemucs_ft", "htdemucs_6s", "mdx_extra");
    public static final SeparationPreference DEFAULT = new SeparationPreference(SfaSeparationEngine.ID, "htdemucs");

    public SeparationPreference {
        if (!engine.equals(SfaSeparationEngine.ID) && !engine.equals("demucs")) {
            throw new IllegalArgumentException("Unknown separation engine " + engine);
        }
        if (!DEMUCS_MODELS.contains(demucsModel)) {
            throw new IllegalArgumentException("Unknown Demucs model " + demucsModel);
        }
    }
}
