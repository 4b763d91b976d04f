package com.soundforge.channel;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** All {@link ChannelTopic} beans; the first (in bean order) that handles a topic serves it. */
@Component
class TopicRegistry {

    private final List<ChannelTopic> topics;

    TopicRegistry(ObjectProvider<ChannelTopic> topics) {
        this.topics = topics.orderedStream().toList();
    }

    boolean admitsAnonymous(java.util.Map<String, String> connectParams) {
        return topics.stream().anyMatch(t -> t.admitsAnonymousConnection(connectParams));
    }

    Optional<ChannelTopic> find(String topic) {
        return topics.stream().filter(t -> t.handles(topic)).findFirst();
    }
}
