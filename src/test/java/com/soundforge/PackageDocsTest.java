package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package says what it is for: a newcomer opens its package-info before its classes. */
class PackageDocsTest {

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void everyPackageWithClassesHasAPackageInfo() throws IOException {
        List<Path> undocumented;
        try (Stream<Path> folders = Files.walk(MAIN)) {
            undocumented = folders.filter(Files::isDirectory)
                    .filter(PackageDocsTest::holdsJava)
                    .filter(folder -> !Files.isRegularFile(folder.resolve("package-info.java")))
                    .map(MAIN::relativize)
                    .toList();
        }
        assertThat(undocumented).as("packages without package-info.java").isEmpty();
    }

    private static boolean holdsJava(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
