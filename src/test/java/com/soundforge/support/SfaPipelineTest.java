package com.soundforge.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with a real JobRunr job server, for pipeline tests. It must stay the only test context that
 * runs jobs (so one annotation, no per-class properties): a job, the files it reads and the live events it
 * publishes then all belong to one context. Spotify links go to {@link LocalSpotify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = LocalSpotify.class)
@TestPropertySource(properties = {"jobrunr.background-job-server.enabled=true", "sfa.pipeline.start-on-upload=true"})
public @interface SfaPipelineTest {}
