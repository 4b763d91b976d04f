package com.soundforge.dj.ui;

import com.soundforge.dj.DjService;
import com.soundforge.dj.ShareLink;
import com.soundforge.realtime.PresenceTracker;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Share links (create, copy, revoke) and who is watching: people, screens and names, live from presence. */
class SharePanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    final Button create = new Button("Create share link");
    final TextField url = new TextField();
    final Button copy = new Button("Copy");
    final Div links = new Div();
    final Span watchers = new Span();
    final Span names = new Span();
    private final DjService dj;
    private final PresenceTracker presence;
    private final UUID ownerId;
    private final UUID sessionId;
    private final String topic;

    SharePanel(DjService dj, PresenceTracker presence, UUID ownerId, UUID sessionId, String topic) {
        this.dj = dj;
        this.presence = presence;
        this.ownerId = ownerId;
        this.sessionId = sessionId;
        this.topic = topic;
        setPadding(false);
        create.setId("dj-share-create");
        create.addClickListener(e -> createLink());
        url.setId("dj-share-url");
        url.setReadOnly(true);
        url.setWidth("420px");
        url.setPlaceholder("New links appear here once (only their hash is stored)");
        copy.setId("dj-share-copy");
        copy.addThemeVariants(ButtonVariant.TERTIARY);
        copy.addClickListener(e -> url.getElement()
                .executeJs(
                        "navigator.clipboard && navigator.clipboard.writeText(new URL($0, document.baseURI).href)",
                        url.getValue()));
        links.setId("dj-share-links");
        watchers.setId("dj-watchers");
        names.setId("dj-watcher-names");
        add(new HorizontalLayout(create, url, copy), links, new HorizontalLayout(watchers, names));
        refreshLinks();
        refreshWatchers();
    }

    void createLink() {
        String token = dj.createShareLink(ownerId, sessionId);
        url.setValue("watch/" + token);
        refreshLinks();
    }

    void refreshLinks() {
        links.removeAll();
        List<ShareLink> all = dj.shareLinks(ownerId, sessionId);
        all.stream().filter(ShareLink::active).forEach(link -> {
            Button revoke = new Button("Revoke", e -> {
                dj.revokeShareLink(ownerId, sessionId, link.id());
                refreshLinks();
            });
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            revoke.addClassName("dj-share-revoke");
            HorizontalLayout row =
                    new HorizontalLayout(new Span("Link created " + WHEN.format(link.createdAt())), revoke);
            row.setAlignItems(Alignment.CENTER);
            links.add(row);
        });
        if (links.getComponentCount() == 0) {
            links.add(new Span("No active share links."));
        }
    }

    void refreshWatchers() {
        int people = presence.people(topic);
        int screens = presence.screens(topic);
        watchers.setText("watching: %d %s (%d %s)"
                .formatted(people, people == 1 ? "person" : "people", screens, screens == 1 ? "screen" : "screens"));
        names.setText(presence.state(topic).entrySet().stream()
                .map(SharePanel::describe)
                .collect(Collectors.joining(", ")));
    }

    private static String describe(Map.Entry<String, Map<String, List<Map<String, Object>>>> person) {
        List<Map<String, Object>> metas = person.getValue().get("metas");
        Object name = metas.isEmpty() ? null : metas.get(0).get("name");
        String shown = name == null || name.toString().isBlank() ? "guest" : name.toString();
        return metas.size() > 1 ? shown + " ×" + metas.size() : shown;
    }
}
