package com.soundforge.library;

import com.soundforge.channel.ChannelTopic;
import com.soundforge.channel.JoinDecision;
import com.soundforge.channel.OutboundEvent;
import com.soundforge.realtime.TopicMessage;
import com.soundforge.realtime.Topics;
import com.soundforge.security.UserAccount;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The channel topic {@code tracks}: the joining user's own library, live. Relays {@code tracks:{userId}} as
 * {@code track:created} / {@code track:updated} (the track in snake_case, with {@code bpm} and {@code bpm_source}
 * "analysed" or "edited") and {@code track:deleted} ({@code {id}}).
 */
@Component
class TracksChannelTopic implements ChannelTopic {

    static final String TOPIC = "tracks";

    @Override
    public boolean handles(String topic) {
        return TOPIC.equals(topic);
    }

    @Override
    public JoinDecision join(UserAccount user, String topic, Map<String, Object> params) {
        return JoinDecision.ok(Topics.tracks(user.id()));
    }

    @Override
    public Optional<OutboundEvent> translate(TopicMessage message) {
        return switch (message.event()) {
            case TrackEvents.CREATED, TrackEvents.UPDATED ->
                message.payload() instanceof Track track
                        ? Optional.of(new OutboundEvent(message.event(), json(track)))
                        : Optional.empty();
            case TrackEvents.DELETED ->
                message.payload() instanceof UUID id
                        ? Optional.of(new OutboundEvent(message.event(), Map.of("id", id.toString())))
                        : Optional.empty();
            default -> Optional.empty();
        };
    }

    static Map<String, Object> json(Track track) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", track.id().toString());
        json.put("title", track.title());
        json.put("artist", track.artist());
        json.put("album", track.album());
        json.put("codec", track.codec());
        json.put("sample_rate_hz", track.sampleRateHz());
        json.put("channels", track.channels());
        json.put("duration_ms", track.durationMs());
        json.put("file_size_bytes", track.fileSizeBytes());
        json.put("created_at", track.createdAt().toString());
        json.put("bpm", track.bpm());
        json.put("bpm_source", track.bpmSource());
        json.put("key", track.musicalKey());
        json.put("camelot", track.camelot());
        json.put("lufs", track.lufs());
        return json;
    }
}
