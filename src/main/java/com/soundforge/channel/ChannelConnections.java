package com.soundforge.channel;

import com.soundforge.realtime.Broadcaster;
import com.soundforge.security.UserAccount;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Opens {@link ChannelConnection}s for either transport, with the shared codec, topics and limits. */
@Component
class ChannelConnections {

    private final ChannelProperties limits;
    private final PhoenixCodec codec;
    private final TopicRegistry registry;
    private final Broadcaster broadcaster;

    ChannelConnections(ChannelProperties limits, JsonMapper json, TopicRegistry registry, Broadcaster broadcaster) {
        this.limits = limits;
        this.codec = new PhoenixCodec(json);
        this.registry = registry;
        this.broadcaster = broadcaster;
    }

    ChannelConnection open(String id, Outbound out, UserAccount user) {
        return new ChannelConnection(id, out, user, limits, codec, registry, broadcaster);
    }

    PhoenixCodec codec() {
        return codec;
    }

    ChannelProperties limits() {
        return limits;
    }
}
