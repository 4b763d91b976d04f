package com.soundforge.daw.ui;

import com.soundforge.daw.DawService;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The editor's export section: renders the project as it is now on the server (a background job), shows its
 * progress live from the project's topic, and offers the file when it is done.
 */
class ExportArea extends Div {

    private final DawService daw;
    private final UserAccount user;
    private final UUID projectId;
    private final Paragraph status = new Paragraph();
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Anchor download = new Anchor();
    private String current = "";

    ExportArea(DawService daw, UserAccount user, UUID projectId) {
        this.daw = daw;
        this.user = user;
        this.projectId = projectId;
        setId("daw-export");
        status.setId("daw-export-status");
        status.getStyle().set("margin", "0");
        progress.setVisible(false);
        download.setId("daw-export-download");
        download.getElement().setAttribute("router-ignore", true);
        download.setVisible(false);
        Div buttons = new Div(
                button("WAV 24-bit", "export-wav24", "wav24", false),
                button("WAV 32-bit float", "export-wav32f", "wav32f", false),
                button("Stems ZIP", "export-stems", "stems-zip", false),
                button("Bounce to library", "export-library", "wav24", true));
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        add(new H4("Export"), buttons, progress, status, download);
    }

    private Button button(String label, String id, String format, boolean addToLibrary) {
        Button button = new Button(label, e -> start(format, addToLibrary));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void start(String format, boolean addToLibrary) {
        try {
            current =
                    daw.startExport(user, projectId, format, addToLibrary).id().toString();
            download.setVisible(false);
            progress.setVisible(true);
            progress.setValue(0);
            status.setText("Queued…");
        } catch (InvalidOperationException e) {
            status.setText(e.reason());
        }
    }

    /** An {@code export_progress} message of the project (the export's job JSON). */
    void onProgress(Object payload) {
        if (!(payload instanceof Map<?, ?> job) || !current.equals(job.get("job_id"))) {
            return;
        }
        String state = String.valueOf(job.get("status"));
        progress.setValue(job.get("progress") instanceof Number n ? n.doubleValue() : 0);
        switch (state) {
            case "completed" -> {
                progress.setVisible(false);
                status.setText("Done." + silentNote(job.get("silent_clip_ids")));
                if (job.get("download_url") instanceof String url) {
                    download.setHref(url);
                    download.setText("Download");
                    download.setVisible(true);
                }
            }
            case "failed" -> {
                progress.setVisible(false);
                status.setText("The export failed: " + job.get("error"));
            }
            default -> status.setText("Rendering… " + job.get("message"));
        }
    }

    private static String silentNote(Object silent) {
        return silent instanceof List<?> ids && !ids.isEmpty()
                ? " " + ids.size() + " clip(s) were silent: their source is no longer in the library."
                : "";
    }
}
