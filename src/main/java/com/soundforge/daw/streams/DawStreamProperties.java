package com.soundforge.daw.streams;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param cacheSize most the prepared-stream cache under the data folder may hold before it drops the least used */
@ConfigurationProperties("sfa.daw.streams")
public record DawStreamProperties(@DefaultValue("10GB") DataSize cacheSize) {}
