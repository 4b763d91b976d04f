package com.soundforge.analysis.ui;

import com.soundforge.analysis.AnalysisReport;
import com.soundforge.analysis.AnalysisService;
import com.soundforge.analysis.TempoService;
import com.soundforge.analysis.TrackAnalysis;
import com.soundforge.analysis.TrackTempo;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.UUID;

/**
 * A track's analysis: BPM, key, loudness at a glance, the beat-grid editor, sections and suggested cues, feature
 * charts and the JSON export. Redraws itself when a new analysis, an edited grid or new cues are stored.
 */
class AnalysisPanel extends VerticalLayout {

    private final transient AnalysisService analysis;
    private final transient TempoService tempo;
    private final UUID ownerId;
    private final UUID trackId;
    final Paragraph tempoError = new Paragraph();

    AnalysisPanel(AnalysisService analysis, TempoService tempo, Broadcaster broadcaster, UUID ownerId, UUID trackId) {
        this.analysis = analysis;
        this.tempo = tempo;
        this.ownerId = ownerId;
        this.trackId = trackId;
        setId("analysis-panel");
        setPadding(false);
        setWidthFull();
        render();
        LiveTopic.follow(this, broadcaster, Topics.trackAnalysis(trackId), message -> render());
    }

    private void render() {
        removeAll();
        add(new H3("Analysis"));
        TrackAnalysis result =
                analysis.find(ownerId, trackId).filter(a -> a.report() != null).orElse(null);
        if (result == null) {
            Paragraph pending = new Paragraph("Not analysed yet: the pipeline analyses the track in the background, "
                    + "and this part fills in by itself when it is done.");
            pending.setId("analysis-pending");
            add(pending);
            return;
        }
        AnalysisReport report = result.report();
        add(AnalysisFacts.of(result), tempoEditor(result), tempoError, exportLink());
        if (result.structure() != null) {
            add(StructureList.of(result.structure()));
        }
        if (report.features() != null) {
            addCharts(report);
        }
    }

    private TempoEditor tempoEditor(TrackAnalysis result) {
        TempoEditor editor = new TempoEditor();
        editor.show(TrackTempo.of(result));
        editor.addEditListener(e -> {
            try {
                tempo.edit(ownerId, trackId, e.action, e.value);
                tempoError.setText("");
            } catch (IllegalArgumentException | IllegalStateException refused) {
                tempoError.setText(refused.getMessage());
            }
        });
        tempoError.setId("tempo-error");
        tempoError.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        return editor;
    }

    private void addCharts(AnalysisReport report) {
        Div grid = new Div();
        grid.setWidthFull();
        grid.getStyle()
                .set("display", "grid")
                .set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fit, minmax(380px, 1fr))");
        grid.add(
                chart("Chroma (pitch classes)", new Heatmap(ChartData.chroma(report), "frame")),
                chart("MFCC (timbre)", new Heatmap(ChartData.mfcc(report), "bin")),
                chart("Spectral features", new LineChart(ChartData.spectral(report))),
                chart("Onset strength and energy", new LineChart(ChartData.onsetAndEnergy(report))),
                chart("Global features", new RadarChart(ChartData.radar(report))));
        add(grid);
    }

    private static Div chart(String title, com.vaadin.flow.component.Component chart) {
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
        Div box = new Div(heading, chart);
        box.addClassName("analysis-chart");
        return box;
    }

    private Anchor exportLink() {
        Anchor export = new Anchor("media/tracks/" + trackId + "/analysis.json", "Export analysis (JSON)");
        export.setId("analysis-export");
        export.getElement().setAttribute("download", true);
        export.setRouterIgnore(true);
        return export;
    }

    static Span badge(String id, String text, String title) {
        Span badge = new Span(text);
        badge.setId(id);
        badge.getElement().getThemeList().add("badge contrast");
        badge.getElement().setAttribute("title", title);
        return badge;
    }
}
