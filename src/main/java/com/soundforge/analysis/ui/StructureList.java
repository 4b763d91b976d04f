package com.soundforge.analysis.ui;

import com.soundforge.analysis.Structure;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** Sections and suggested hot cues and loops, in time order, coloured like the waveform markers. */
final class StructureList {

    private StructureList() {}

    static Div of(Structure structure) {
        Div list = new Div();
        list.setId("analysis-structure");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        Div sections = row("Sections");
        structure
                .sections()
                .forEach(s -> sections.add(
                        chip(capitalised(s.kind().name()) + " " + AnalysisFacts.duration(s.start()), null, "section")));
        Div cues = row("Hot cues");
        structure
                .cues()
                .forEach(c -> cues.add(chip(
                        (c.slot() + 1) + " · " + c.label() + " " + AnalysisFacts.duration(c.time()),
                        c.color(),
                        "cue")));
        Div loops = row("Loops");
        structure
                .loops()
                .forEach(l ->
                        loops.add(chip(l.beats() + " beats at " + AnalysisFacts.duration(l.start()), null, "loop")));
        list.add(sections, cues);
        if (!structure.loops().isEmpty()) {
            list.add(loops);
        }
        return list;
    }

    private static Div row(String label) {
        Span name = new Span(label);
        name.getStyle().set("color", "var(--lumo-secondary-text-color)").set("min-width", "6em");
        Div row = new Div(name);
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-xs)")
                .set("align-items", "center");
        return row;
    }

    private static Span chip(String text, String color, String className) {
        Span chip = new Span(text);
        chip.addClassName(className);
        chip.getElement().getThemeList().add("badge");
        if (color != null) {
            chip.getStyle().set("border-left", "4px solid " + color);
        }
        return chip;
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
