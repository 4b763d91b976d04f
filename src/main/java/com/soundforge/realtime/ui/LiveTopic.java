package com.soundforge.realtime.ui;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.realtime.SubscriberGoneException;
import com.soundforge.realtime.Subscription;
import com.soundforge.realtime.TopicMessage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Binds a broadcaster topic to a component's lifetime: subscribed while the component is attached, closed on
 * detach (closed tab, navigation, expired session). Messages are applied inside {@code ui.access}.
 */
public final class LiveTopic {

    private LiveTopic() {}

    public static Registration follow(
            Component component, Broadcaster broadcaster, String topic, SerializableConsumer<TopicMessage> onMessage) {
        Subscription[] current = new Subscription[1];
        Registration attach = component.addAttachListener(event -> {
            closeQuietly(current[0]);
            UI ui = event.getUI();
            current[0] = broadcaster.subscribe(topic, message -> deliver(ui, message, onMessage));
        });
        Registration detach = component.addDetachListener(event -> closeQuietly(current[0]));
        component
                .getUI()
                .ifPresent(ui -> current[0] = broadcaster.subscribe(topic, message -> deliver(ui, message, onMessage)));
        return () -> {
            attach.remove();
            detach.remove();
            closeQuietly(current[0]);
        };
    }

    private static void deliver(UI ui, TopicMessage message, SerializableConsumer<TopicMessage> onMessage) {
        if (ui.isClosing() || ui.getSession() == null) {
            throw new SubscriberGoneException("UI detached");
        }
        try {
            ui.access(() -> onMessage.accept(message));
        } catch (UIDetachedException e) {
            throw new SubscriberGoneException("UI detached");
        }
    }

    private static void closeQuietly(Subscription subscription) {
        if (subscription != null) {
            subscription.close();
        }
    }
}
