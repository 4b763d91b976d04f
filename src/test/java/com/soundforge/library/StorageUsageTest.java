package com.soundforge.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageUsageTest {

    @Test
    void sizesReadLikeTheSettings() {
        assertThat(new StorageUsage(1_288_490_189L, 20L << 30).describe()).isEqualTo("1.2 GB of 20 GB used");
        assertThat(new StorageUsage(512, 0).describe()).isEqualTo("512 bytes used");
        assertThat(StorageUsage.size(320L << 20)).isEqualTo("320 MB");
    }
}
