package com.soundforge.library;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

@ConfigurationProperties("sfa")
public record LibraryProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Upload upload) {

    public record Upload(@DefaultValue("500MB") DataSize maxSize) {
    }

    public long maxUploadBytes() {
        return upload.maxSize().toBytes();
    }
}
