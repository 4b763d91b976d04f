package com.soundforge.separation;

import com.soundforge.separation.demucs.DemucsSeparationEngine;
import com.soundforge.separation.engine.SeparatorTuning;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two engines as beans: SFA's own (all cores unless {@code sfa.separation.threads}) and Demucs. */
@Configuration(proxyBeanMethods = false)
class SeparationConfiguration {

    @Bean
    SfaSeparationEngine sfaSeparationEngine(SeparationProperties properties) {
        int threads = properties.threads() > 0
                ? properties.threads()
                : Runtime.getRuntime().availableProcessors();
        return new SfaSeparationEngine(threads, SeparatorTuning.defaults());
    }

    @Bean
    DemucsSeparationEngine demucsSeparationEngine(SeparationProperties properties) {
        return new DemucsSeparationEngine(properties.demucsCommand(), properties.demucsTimeout());
    }
}
