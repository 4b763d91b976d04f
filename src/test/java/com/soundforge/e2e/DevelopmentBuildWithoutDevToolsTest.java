package com.soundforge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jar packaged without the production frontend carries Vaadin's development-mode token but not its development
 * tools (they are optional dependencies, left out of the jar). Such a build must refuse to start with a message
 * saying which build to make, instead of failing deep inside Vaadin's start.
 */
class DevelopmentBuildWithoutDevToolsTest {

    /** The optional, development-only jars that `spring-boot:repackage` leaves out of the packaged jar. */
    private static final Pattern DEVELOPMENT_ONLY = Pattern.compile("^(vaadin-dev|copilot|spring-boot-devtools)[-.].*");

    @TempDir
    Path home;

    @Test
    void aDevelopmentBuildWithoutVaadinsDevToolsRefusesToStartAndSaysHowToBuildTheProductionJar() throws Exception {
        Path developmentToken = home.resolve("token/META-INF/VAADIN/config/flow-build-info.json");
        Files.createDirectories(developmentToken.getParent());
        Files.writeString(developmentToken, "{\n  \"productionMode\" : false\n}\n");
        Path log = home.resolve("start.log");
        Process start = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        classpathWithoutDevelopmentTools(home.resolve("token")),
                        "com.soundforge.Application",
                        "--server.port=0",
                        "--sfa.data-dir=" + home.resolve("data"),
                        "--spring.datasource.url=jdbc:h2:mem:dev-build-check;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            assertThat(start.waitFor(2, TimeUnit.MINUTES))
                    .as("the process ends by itself")
                    .isTrue();
        } finally {
            start.destroyForcibly();
        }

        String output = Files.readString(log);
        assertThat(start.exitValue()).as(output).isEqualTo(78);
        assertThat(output)
                .contains("Sound Forge Alchemy cannot start")
                .contains("Build the production jar with `./mvnw package`")
                .contains("java -jar target/sound-forge-alchemy-*.jar")
                .doesNotContain("Exception");
    }

    private static String classpathWithoutDevelopmentTools(Path first) {
        List<String> entries = Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !DEVELOPMENT_ONLY
                        .matcher(Path.of(entry).getFileName().toString())
                        .matches())
                .toList();
        assertThat(entries)
                .as("the test classpath has Vaadin's development server to leave out")
                .hasSizeLessThan(System.getProperty("java.class.path").split(File.pathSeparator).length);
        return Stream.concat(Stream.of(first.toString()), entries.stream())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
