package com.soundforge.daw.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** The editor's export section; rendering a project to a file is not offered yet, and it says so. */
class ExportArea extends Div {

    ExportArea() {
        setId("daw-export");
        Paragraph status = new Paragraph("Exporting a project to an audio file is not available yet.");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(new H4("Export"), status);
    }
}
