package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.DomEvent;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DOM events between the Lit components and their Java wrappers are named twice: with their {@code detail}
 * types in one TypeScript module per feature ({@code frontend/<feature>/<feature>-events.ts}, interface
 * {@code ...EventsToJava}) and as constants in one Java class per feature ({@code ...DomEvents}). These tests fail
 * when the two lists differ, or when a Java event or a component bypasses them.
 */
class DomEventContractTest {

    private static final Path FRONTEND = Path.of("frontend");
    private static final Pattern EVENTS_TO_JAVA = Pattern.compile(
            "export interface \\w+EventsToJava \\{(.*?)\\n}", Pattern.DOTALL);
    private static final Pattern EVENT_NAME = Pattern.compile("^\\s*'(sfa-[a-z-]+)':", Pattern.MULTILINE);

    @ParameterizedTest(name = "{0} names the same events as {1}")
    @CsvSource({
            "dj/dj-events.ts, com.soundforge.dj.ui.DjDomEvents",
            "library/library-events.ts, com.soundforge.library.ui.LibraryDomEvents",
            "separation/separation-events.ts, com.soundforge.separation.ui.SeparationDomEvents",
    })
    void theTypeScriptModuleAndTheJavaConstantsNameTheSameEvents(String module, String constants) throws Exception {
        Set<String> typeScript = eventsToJava(FRONTEND.resolve(module));
        Set<String> java = constantValues(Class.forName(constants));

        assertThat(typeScript).as("events %s declares", module).isNotEmpty();
        assertThat(java).as("declared in %s but missing from %s", module, constants)
                .containsAll(typeScript);
        assertThat(typeScript).as("named in %s but missing from %s", constants, module)
                .containsAll(java);
    }

    @Test
    void everyJavaEventIsOneOfTheNamedOnesAndEveryNamedOneHasAJavaEvent() throws Exception {
        Set<String> named = new TreeSet<>();
        for (String constants : Set.of("com.soundforge.dj.ui.DjDomEvents", "com.soundforge.library.ui.LibraryDomEvents",
                "com.soundforge.separation.ui.SeparationDomEvents")) {
            named.addAll(constantValues(Class.forName(constants)));
        }
        Set<String> listenedTo = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.soundforge").stream()
                .filter(c -> c.isAnnotatedWith(DomEvent.class))
                .map(DomEventContractTest::domEventName)
                .filter(name -> name.startsWith("sfa-"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(listenedTo).as("@DomEvent names").isEqualTo(named);
    }

    @Test
    void componentsFireTheirEventsOnlyThroughTheTypedEmit() throws IOException {
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            Set<String> untyped = files.filter(f -> f.toString().endsWith(".ts"))
                    .filter(f -> !f.startsWith(FRONTEND.resolve("generated")))
                    .filter(f -> !f.equals(FRONTEND.resolve("shared/events.ts")))
                    .filter(f -> read(f).contains("new CustomEvent("))
                    .map(Path::toString)
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(untyped).as("files that build CustomEvents themselves instead of calling emit()").isEmpty();
        }
    }

    private static Set<String> eventsToJava(Path module) {
        Matcher block = EVENTS_TO_JAVA.matcher(read(module));
        assertThat(block.find()).as("%s has an interface ...EventsToJava", module).isTrue();
        Set<String> names = new TreeSet<>();
        Matcher name = EVENT_NAME.matcher(block.group(1));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    private static Set<String> constantValues(Class<?> constants) throws IllegalAccessException {
        Set<String> values = new TreeSet<>();
        for (Field field : constants.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static String domEventName(JavaClass event) {
        return (String) event.getAnnotationOfType(DomEvent.class.getName()).get("value").orElseThrow();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
