package com.soundforge.daw.ui;

import com.soundforge.daw.DawProjectNotFoundException;
import com.soundforge.daw.DawService;
import com.soundforge.daw.ProjectSummary;
import com.soundforge.daw.model.InvalidOperationException;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.realtime.ui.LiveTopic;
import com.soundforge.security.UserAccount;
import com.soundforge.separation.SeparationService;
import com.soundforge.separation.StemsEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The track page's DAW buttons: a new project with one track per stem (enabled once the track has stems, which
 * it follows live from the track's pipeline topic), and "Open in DAW" into a new or an existing project.
 */
class DawTrackActions extends HorizontalLayout {

    static final String NO_STEMS = "Available once the track has stems.";

    final Button fromStems = new Button("New project from stems");
    final Button openIn = new Button("Open in DAW");
    private final Span fromStemsHolder = new Span(fromStems);
    private final transient DawService daw;
    private final transient SeparationService separation;
    private final UserAccount user;
    private final UUID trackId;

    DawTrackActions(
            DawService daw, SeparationService separation, Broadcaster broadcaster, UserAccount user, UUID trackId) {
        this.daw = daw;
        this.separation = separation;
        this.user = user;
        this.trackId = trackId;
        setId("daw-track-actions");
        setPadding(false);
        fromStems.setId("daw-from-stems");
        fromStems.addClickListener(e -> openProject(() -> daw.createFromStems(user, trackId)));
        openIn.setId("daw-open-in");
        openIn.addClickListener(e -> new OpenInDawDialog(daw.list(user), this::addTo).open());
        add(fromStemsHolder, openIn);
        refreshStems();
        LiveTopic.follow(this, broadcaster, Topics.trackPipeline(trackId), this::onPipelineMessage);
    }

    void onPipelineMessage(TopicMessage message) {
        if (StemsEvent.READY.equals(message.event())) {
            refreshStems();
        }
    }

    private void refreshStems() {
        boolean ready = !separation.stems(user.id(), trackId).isEmpty();
        fromStems.setEnabled(ready);
        fromStems.setTooltipText(ready ? null : NO_STEMS);
        // a disabled button takes no pointer events, so its holder carries the hint too
        if (ready) {
            fromStemsHolder.getElement().removeAttribute("title");
        } else {
            fromStemsHolder.getElement().setAttribute("title", NO_STEMS);
        }
    }

    private void addTo(ProjectSummary project) {
        openProject(() -> daw.addToProject(user, project == null ? null : project.id(), trackId));
    }

    private void openProject(Supplier<ProjectSummary> action) {
        try {
            ProjectSummary project = action.get();
            getUI().ifPresent(ui -> ui.navigate(
                    DawEditorView.class,
                    new RouteParameters("projectId", project.id().toString())));
        } catch (InvalidOperationException e) {
            Notification.show(e.reason());
        } catch (DawProjectNotFoundException e) {
            Notification.show("That project no longer exists.");
        }
    }
}
