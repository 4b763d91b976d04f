package com.soundforge.separation.ui;

import com.soundforge.separation.DemucsStatus;
import com.soundforge.separation.SeparationPreference;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.SfaSeparationEngine;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.UUID;

/**
 * The user's separation engine: SFA's own (always there) or Demucs with a model, which can only be chosen when
 * the Demucs command line is installed; otherwise the choice is disabled and the reason shown.
 */
class SeparationSettings extends VerticalLayout {

    static final String SFA = "SFA (built in)";
    static final String DEMUCS = "Demucs";

    private final transient SeparationService separation;
    private final UUID userId;
    final RadioButtonGroup<String> engine = new RadioButtonGroup<>("Separation engine");
    final Select<String> model = new Select<>();
    final Paragraph status = new Paragraph();
    final Paragraph saved = new Paragraph();

    SeparationSettings(SeparationService separation, UUID userId) {
        this.separation = separation;
        this.userId = userId;
        setId("separation-settings");
        setPadding(false);
        DemucsStatus demucs = separation.demucsStatus();
        SeparationPreference preference = separation.preference(userId);
        engine.setId("separation-engine");
        engine.setItems(SFA, DEMUCS);
        engine.setItemEnabledProvider(item -> SFA.equals(item) || demucs.available());
        engine.setValue(preference.engine().equals(SfaSeparationEngine.ID) || !demucs.available() ? SFA : DEMUCS);
        model.setId("demucs-model");
        model.setLabel("Demucs model");
        model.setItems(SeparationPreference.DEMUCS_MODELS);
        model.setValue(preference.demucsModel());
        model.setEnabled(demucs.available());
        status.setId("demucs-status");
        status.setText(demucs.explanation());
        saved.setId("separation-saved");
        engine.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        model.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        });
        add(new H3("Stem separation"), engine, model, status, saved);
    }

    private void save() {
        try {
            String chosen = DEMUCS.equals(engine.getValue()) ? "demucs" : SfaSeparationEngine.ID;
            separation.choose(userId, new SeparationPreference(chosen, model.getValue()));
            saved.setText("Saved. New separations use " + engine.getValue()
                    + (chosen.equals("demucs") ? " (" + model.getValue() + ")" : "") + ".");
        } catch (IllegalArgumentException e) {
            saved.setText(e.getMessage());
            engine.setValue(SFA);
        }
    }
}
