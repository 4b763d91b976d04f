package com.soundforge.analysis.ui;

/**
 * Names of the DOM events the analysis components fire, for the {@code @DomEvent} annotations of
 * {@link TempoEditor}. {@code frontend/analysis/analysis-events.ts} declares the same names with their {@code detail}
 * types; {@code DomEventContractTest} fails when the two lists differ.
 */
final class AnalysisDomEvents {

    static final String TEMPO_EDIT = "sfa-tempo-edit";

    private AnalysisDomEvents() {}
}
