package com.soundforge.library.ui;

import com.soundforge.library.StorageUsage;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** "Storage: 1.2 GB of 20 GB used" with a bar (no bar without a quota). */
class StorageSettings extends VerticalLayout {

    final Paragraph used = new Paragraph();
    final ProgressBar bar = new ProgressBar(0, 1);

    StorageSettings(StorageUsage usage) {
        setId("storage-settings");
        setPadding(false);
        used.setId("storage-used");
        used.setText("Storage: " + usage.describe());
        bar.setId("storage-bar");
        bar.setValue(usage.fraction());
        bar.setVisible(usage.limited());
        add(new H3("Storage"), used, bar);
    }
}
