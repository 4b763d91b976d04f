package com.soundforge.analysis.ui;

import com.soundforge.analysis.AnalysisPreferences;
import com.soundforge.analysis.BpmRange;
import com.soundforge.analysis.ReanalysisBoard;
import com.soundforge.analysis.ReanalysisProgress;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The user's BPM range (rekordbox's presets or their own): the analysis picks the metrical level inside it, so a
 * 125 BPM track is never listed at 62.5 with 70–140. Choosing another one analyses the library again in the
 * background, with the library's progress shown live under it ("re-analysing 12 of 40 tracks for 70–140 BPM", then
 * the result); the dashboard shows each track's. Edited beat grids are kept.
 */
class BpmRangeSettings extends VerticalLayout {

    static final String NONE = "None (the engine decides)";
    static final String CUSTOM = "Custom…";
    static final List<BpmRange> PRESETS = List.of(
            new BpmRange(60, 120),
            new BpmRange(70, 140),
            new BpmRange(78, 156),
            new BpmRange(88, 175),
            new BpmRange(98, 195));

    private final transient AnalysisPreferences preferences;
    private final transient ReanalysisBoard board;
    private final UUID userId;
    final Select<String> range = new Select<>();
    final NumberField min = new NumberField("Lowest BPM");
    final NumberField max = new NumberField("Highest BPM");
    final Button apply = new Button("Apply");
    final HorizontalLayout custom = new HorizontalLayout(min, max, apply);
    final Paragraph status = new Paragraph();
    final Paragraph progress = new Paragraph();

    BpmRangeSettings(AnalysisPreferences preferences, ReanalysisBoard board, Broadcaster broadcaster, UUID userId) {
        this.preferences = preferences;
        this.board = board;
        this.userId = userId;
        setId("bpm-range-settings");
        setPadding(false);
        range.setId("bpm-range");
        range.setLabel("BPM range");
        range.setItems(items());
        BpmRange current = preferences.bpmRange(userId).orElse(null);
        range.setValue(current == null ? NONE : PRESETS.contains(current) ? label(current) : CUSTOM);
        min.setId("bpm-range-min");
        max.setId("bpm-range-max");
        for (NumberField field : List.of(min, max)) {
            field.setMin(BpmRange.LOWEST);
            field.setMax(BpmRange.HIGHEST);
            field.setStep(1);
        }
        if (current != null) {
            min.setValue(current.min());
            max.setValue(current.max());
        }
        apply.setId("bpm-range-apply");
        apply.addClickListener(e -> {
            try {
                save(customRange());
            } catch (IllegalArgumentException refused) {
                status.setText(refused.getMessage());
            }
        });
        custom.setAlignItems(FlexComponent.Alignment.BASELINE);
        custom.setVisible(CUSTOM.equals(range.getValue()));
        status.setId("bpm-range-status");
        progress.setId("bpm-range-progress");
        board.latest(userId).ifPresent(this::show);
        LiveTopic.follow(this, broadcaster, Topics.libraryAnalysis(userId), message -> {
            if (message.payload() instanceof ReanalysisProgress p) {
                show(p);
            }
        });
        range.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            custom.setVisible(CUSTOM.equals(e.getValue()));
            if (!CUSTOM.equals(e.getValue())) {
                save(NONE.equals(e.getValue()) ? null : PRESETS.get(items().indexOf(e.getValue()) - 1));
            }
        });
        add(
                new H3("Tempo"),
                new Paragraph("BPMs are analysed inside this range: a track at 125 BPM is listed at 125 with 70–140 or "
                        + "88–175 and at 62.5 with 60–120. Changing it analyses your library again; beat grids you "
                        + "edited stay as you left them."),
                range,
                custom,
                status,
                progress);
    }

    private void show(ReanalysisProgress p) {
        progress.setText(p.text());
    }

    private BpmRange customRange() {
        Double low = min.getValue();
        Double high = max.getValue();
        if (low == null || high == null) {
            throw new IllegalArgumentException("Give the lowest and the highest BPM.");
        }
        if (!(low < high)) {
            throw new IllegalArgumentException("The lowest BPM must be below the highest.");
        }
        if (high < 2 * low) {
            throw new IllegalArgumentException("A custom range spans an octave at least: the highest BPM is at least "
                    + "twice the lowest, so every tempo has a level inside it.");
        }
        return new BpmRange(low, high);
    }

    private void save(BpmRange chosen) {
        if (preferences.chooseBpmRange(userId, chosen)) {
            status.removeAll();
            status.add(
                    new Text((chosen == null
                                    ? "Saved: the engine decides the tempo."
                                    : "Saved: BPMs between " + label(chosen) + ".")
                            + " Your library is being analysed again in the background (below); "),
                    new Anchor("", "the dashboard"),
                    new Text(" shows each track's progress."));
        } else {
            status.setText("That is the range already in use.");
        }
    }

    private static List<String> items() {
        List<String> items = new ArrayList<>();
        items.add(NONE);
        PRESETS.forEach(p -> items.add(label(p)));
        items.add(CUSTOM);
        return items;
    }

    static String label(BpmRange range) {
        return String.format(Locale.ROOT, "%.0f–%.0f", range.min(), range.max());
    }
}
