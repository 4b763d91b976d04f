package com.soundforge.dj.ui;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.SubscriberGoneException;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The session's event stream. Subscribed only while open (the seed's debug-log guard): a closed panel costs the
 * server and the browser nothing.
 */
class DebugPanel extends VerticalLayout {

    static final int MAX_ROWS = 200;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    final Button toggle = new Button("Debug");
    final Div log = new Div();
    private final Broadcaster broadcaster;
    private final String topic;
    private final String screenId;
    private Subscription subscription;

    DebugPanel(Broadcaster broadcaster, String topic, String screenId) {
        this.broadcaster = broadcaster;
        this.topic = topic;
        this.screenId = screenId;
        setPadding(false);
        toggle.setId("dj-debug-toggle");
        toggle.addThemeVariants(ButtonVariant.SMALL);
        toggle.addClickListener(e -> setOpen(!isOpen()));
        log.setId("dj-debug-log");
        log.getStyle()
                .set("font-family", "monospace")
                .set("font-size", "11px")
                .set("max-height", "200px")
                .set("overflow", "auto")
                .set("width", "100%");
        log.setVisible(false);
        add(toggle, log);
        addDetachListener(e -> close());
    }

    boolean isOpen() {
        return subscription != null;
    }

    void setOpen(boolean open) {
        if (open == isOpen()) {
            return;
        }
        if (open) {
            UI ui = UI.getCurrent();
            subscription = broadcaster.subscribe(topic, message -> deliver(ui, message));
        } else {
            close();
        }
        log.setVisible(open);
        toggle.setText(open ? "Hide debug" : "Debug");
    }

    private void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void deliver(UI ui, TopicMessage message) {
        if (ui.isClosing() || ui.getSession() == null) {
            throw new SubscriberGoneException("UI detached");
        }
        try {
            ui.access(() -> append(message));
        } catch (UIDetachedException e) {
            throw new SubscriberGoneException("UI detached");
        }
    }

    void append(TopicMessage message) {
        if (!isOpen()) {
            return;
        }
        String payload;
        try {
            payload = ClientJson.write(message.payload());
        } catch (RuntimeException e) {
            payload = String.valueOf(message.payload());
        }
        String from = message.origin() == null ? "server" : message.cameFrom(screenId) ? "this screen" : "other";
        Div row = new Div(TIME.format(message.sentAt()) + "  " + message.event() + "  [" + from + "]  "
                + (payload.length() > 240 ? payload.substring(0, 240) + "…" : payload));
        row.addClassName("dj-debug-row");
        log.addComponentAsFirst(row);
        while (log.getComponentCount() > MAX_ROWS) {
            log.remove(log.getComponentAt(log.getComponentCount() - 1));
        }
    }
}
