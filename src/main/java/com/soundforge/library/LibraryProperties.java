package com.soundforge.library;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

@ConfigurationProperties("sfa")
public record LibraryProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue Upload upload) {

    /** @param maxDuration longest track an import accepts, whatever its source (upload, link or page) */
    public record Upload(
            @DefaultValue("500MB") DataSize maxSize,
            @DefaultValue("3h") Duration maxDuration) {

        public Upload {
            if (maxDuration.isNegative() || maxDuration.isZero()) {
                throw new IllegalArgumentException("sfa.upload.max-duration must be positive");
            }
        }
    }

    public long maxUploadBytes() {
        return upload.maxSize().toBytes();
    }
}
