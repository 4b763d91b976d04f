package com.soundforge.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with a real JobRunr job server, for pipeline tests. It is the only test context that runs
 * jobs, so a job and the live events it publishes stay in one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "jobrunr.background-job-server.enabled=true",
        "sfa.pipeline.start-on-upload=true"})
public @interface SfaPipelineTest {
}
