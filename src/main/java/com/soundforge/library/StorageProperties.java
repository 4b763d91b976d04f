package com.soundforge.library;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param userQuota    most bytes one user may store: originals, playback renditions and stems (0 = unlimited)
 * @param minFreeSpace free space kept on the data folder's disk: stems and renditions that would eat into it are
 *                     refused, and the storage health check reports DOWN below it
 */
@ConfigurationProperties("sfa.storage")
public record StorageProperties(
        @DefaultValue("20GB") DataSize userQuota,
        @DefaultValue("100MB") DataSize minFreeSpace) {

    public StorageProperties {
        if (userQuota.isNegative() || minFreeSpace.isNegative()) {
            throw new IllegalArgumentException(
                    "sfa.storage.user-quota and sfa.storage.min-free-space must not be " + "negative");
        }
    }
}
