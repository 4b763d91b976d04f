package com.soundforge.separation.ui;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.Stem;
import com.soundforge.separation.StemsEvent;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.UUID;

/**
 * The track page's stems: "no stems yet", then "Separating… NN %" live from the track's pipeline topic, then
 * the mixer as soon as the processing stage has stored the stems.
 */
class StemsPanel extends VerticalLayout {

    private final transient SeparationService separation;
    private final UUID ownerId;
    private final UUID trackId;
    final StemMixer mixer = new StemMixer();
    final Paragraph engine = new Paragraph();

    StemsPanel(SeparationService separation, Broadcaster broadcaster, UUID ownerId, UUID trackId) {
        this.separation = separation;
        this.ownerId = ownerId;
        this.trackId = trackId;
        setId("stems");
        setPadding(false);
        mixer.setId("stem-mixer");
        mixer.setWidthFull();
        engine.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(new H3("Stems"), engine, mixer);
        refresh();
        LiveTopic.follow(this, broadcaster, Topics.trackPipeline(trackId), message -> {
            if (message.payload() instanceof StemsEvent event) {
                if (StemsEvent.READY.equals(message.event())) {
                    refresh();
                } else {
                    mixer.setStatus("Separating… " + event.percent() + " %");
                }
            }
        });
    }

    private void refresh() {
        List<Stem> stems = separation.stems(ownerId, trackId);
        mixer.setStems(trackId, stems);
        mixer.setStatus(stems.isEmpty() ? "No stems yet." : "");
        engine.setText(
                stems.isEmpty()
                        ? ""
                        : "Separated with " + stems.getFirst().engine() + " ("
                                + stems.getFirst().model() + ").");
    }
}
