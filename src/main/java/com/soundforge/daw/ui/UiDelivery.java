package com.soundforge.daw.ui;

import com.soundforge.realtime.SubscriberGoneException;
import com.soundforge.realtime.TopicMessage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.function.Consumer;

/**
 * A topic listener that runs its handler inside {@code ui.access} and tells the broadcaster when the screen is
 * gone, so the subscription is dropped. Messages keep their order: {@code ui.access} runs tasks first in, first out.
 */
final class UiDelivery {

    private UiDelivery() {}

    static Consumer<TopicMessage> to(UI ui, SerializableConsumer<TopicMessage> handler) {
        return message -> {
            if (ui.isClosing() || ui.getSession() == null) {
                throw new SubscriberGoneException("UI detached");
            }
            try {
                ui.access(() -> handler.accept(message));
            } catch (UIDetachedException e) {
                throw new SubscriberGoneException("UI detached");
            }
        };
    }
}
