package com.soundforge.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.soundforge.library.StorageQuota;
import com.soundforge.library.StorageUsage;
import com.soundforge.security.UserAccount;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the credentials belong to: the simplest way for a client to check a key. Also how much the user stores
 * ({@code quota_bytes} 0 = unlimited).
 */
@RestController
class MeController {

    record Me(UUID id, String username, String role, Storage storage) {}

    record Storage(
            @JsonProperty("used_bytes") long usedBytes,
            @JsonProperty("quota_bytes") long quotaBytes) {}

    private final ApiCaller caller;
    private final StorageQuota quota;

    MeController(ApiCaller caller, StorageQuota quota) {
        this.caller = caller;
        this.quota = quota;
    }

    @GetMapping("/api/v1/me")
    Me me(Authentication authentication) {
        UserAccount user = caller.of(authentication);
        StorageUsage usage = quota.usage(user.id());
        return new Me(
                user.id(), user.username(), user.role().name(), new Storage(usage.usedBytes(), usage.quotaBytes()));
    }
}
