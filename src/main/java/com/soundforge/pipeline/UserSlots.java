package com.soundforge.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Counts the stages each user has running on this node, up to a limit per user. */
final class UserSlots {

    private final int perUser;
    private final Map<UUID, Integer> running = new HashMap<>();

    UserSlots(int perUser) {
        this.perUser = Math.max(1, perUser);
    }

    int perUser() {
        return perUser;
    }

    synchronized boolean tryAcquire(UUID owner) {
        int now = running.getOrDefault(owner, 0);
        if (now >= perUser) {
            return false;
        }
        running.put(owner, now + 1);
        return true;
    }

    synchronized void release(UUID owner) {
        running.computeIfPresent(owner, (id, now) -> now <= 1 ? null : now - 1);
    }
}
