package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DOM events between the Lit components and their Java wrappers are named twice: with their {@code detail}
 * types in one TypeScript module per feature ({@code frontend/<feature>/<feature>-events.ts}, interface
 * {@code ...EventsToJava}) and as constants in one Java class per feature ({@code ...DomEvents}). These tests fail
 * when the two lists differ, when Java reads a detail field the TypeScript type does not declare, or when a Java
 * event or a component bypasses them.
 */
class DomEventContractTest {

    private static final Path FRONTEND = Path.of("frontend");
    private static final List<String> CONSTANTS = List.of(
            "com.soundforge.analysis.ui.AnalysisDomEvents",
            "com.soundforge.daw.ui.DawDomEvents",
            "com.soundforge.dj.ui.DjDomEvents",
            "com.soundforge.library.ui.LibraryDomEvents",
            "com.soundforge.separation.ui.SeparationDomEvents");
    private static final Pattern EVENTS_TO_JAVA =
            Pattern.compile("export interface \\w+EventsToJava \\{(.*?)\\n}", Pattern.DOTALL);
    private static final Pattern EVENT_DETAIL = Pattern.compile("^\\s*'(sfa-[a-z-]+)': (\\w+);", Pattern.MULTILINE);
    private static final Pattern INTERFACE = Pattern.compile(
            "^(?:export )?interface (\\w+)(?: extends ([\\w, ]+))? \\{\\n(.*?)^}", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern MEMBER = Pattern.compile("^  (\\w+)\\??:", Pattern.MULTILINE);
    private static final Pattern DETAIL_FIELD = Pattern.compile("event\\.detail\\.(\\w+)");

    private record Interface(Set<String> members, List<String> parents) {}

    private static List<JavaClass> javaEvents;

    @BeforeAll
    static void findTheJavaEvents() {
        javaEvents = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.soundforge")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(DomEvent.class)
                                && domEventName(c).startsWith("sfa-"))
                        .toList();
    }

    @ParameterizedTest(name = "{0} names the same events as {1}")
    @CsvSource({
        "analysis/analysis-events.ts, com.soundforge.analysis.ui.AnalysisDomEvents",
        "daw/daw-events.ts, com.soundforge.daw.ui.DawDomEvents",
        "dj/dj-events.ts, com.soundforge.dj.ui.DjDomEvents",
        "library/library-events.ts, com.soundforge.library.ui.LibraryDomEvents",
        "separation/separation-events.ts, com.soundforge.separation.ui.SeparationDomEvents",
    })
    void theTypeScriptModuleAndTheJavaConstantsNameTheSameEvents(String module, String constants) throws Exception {
        Set<String> typeScript = eventsToJava(FRONTEND.resolve(module));
        Set<String> java = constantValues(Class.forName(constants));

        assertThat(typeScript).as("events %s declares", module).isNotEmpty();
        assertThat(java)
                .as("declared in %s but missing from %s", module, constants)
                .containsAll(typeScript);
        assertThat(typeScript)
                .as("named in %s but missing from %s", constants, module)
                .containsAll(java);
    }

    @Test
    void everyJavaEventIsOneOfTheNamedOnesAndEveryNamedOneHasAJavaEvent() throws Exception {
        Set<String> named = new TreeSet<>();
        for (String constants : CONSTANTS) {
            named.addAll(constantValues(Class.forName(constants)));
        }
        Set<String> listenedTo = javaEvents.stream()
                .map(DomEventContractTest::domEventName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(listenedTo).as("@DomEvent names").isEqualTo(named);
    }

    @Test
    void everyDetailFieldJavaReadsIsDeclaredForItsEvent() throws IOException {
        Map<String, Set<String>> detailFields = detailFieldsByEvent();
        List<String> unknown = new ArrayList<>();
        for (JavaClass event : javaEvents) {
            Set<String> declared = detailFields.getOrDefault(domEventName(event), Set.of());
            for (String field : detailFieldsRead(event.reflect())) {
                if (!declared.contains(field)) {
                    unknown.add(domEventName(event) + " detail." + field + " (read by " + event.getSimpleName() + ")");
                }
            }
        }

        assertThat(detailFields).as("events with a typed detail").isNotEmpty();
        assertThat(unknown)
                .as("fields Java reads that the TypeScript detail does not declare")
                .isEmpty();
    }

    @Test
    void componentsFireTheirEventsOnlyThroughTheTypedEmit() throws IOException {
        Set<String> untyped = typeScriptFiles().stream()
                .filter(f -> !f.equals(FRONTEND.resolve("shared/events.ts")))
                .filter(f -> read(f).contains("new CustomEvent("))
                .map(Path::toString)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(untyped)
                .as("files that build CustomEvents themselves instead of calling emit()")
                .isEmpty();
    }

    private static Set<String> eventsToJava(Path module) {
        Matcher block = EVENTS_TO_JAVA.matcher(read(module));
        assertThat(block.find())
                .as("%s has an interface ...EventsToJava", module)
                .isTrue();
        Set<String> names = new TreeSet<>();
        Matcher name = EVENT_DETAIL.matcher(block.group(1));
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }

    /** Event name → the fields of its detail interface (and of those it extends), over all of frontend/. */
    private static Map<String, Set<String>> detailFieldsByEvent() throws IOException {
        String sources =
                typeScriptFiles().stream().map(DomEventContractTest::read).collect(Collectors.joining("\n"));
        Map<String, Interface> interfaces = new HashMap<>();
        Matcher declaration = INTERFACE.matcher(sources);
        while (declaration.find()) {
            Set<String> members = new TreeSet<>();
            MEMBER.matcher(declaration.group(3)).results().forEach(m -> members.add(m.group(1)));
            List<String> parents = declaration.group(2) == null
                    ? List.of()
                    : Stream.of(declaration.group(2).split(","))
                            .map(String::strip)
                            .toList();
            interfaces.put(declaration.group(1), new Interface(members, parents));
        }
        Map<String, Set<String>> fields = new HashMap<>();
        EVENT_DETAIL.matcher(sources).results().forEach(m -> fields.put(m.group(1), members(m.group(2), interfaces)));
        return fields;
    }

    private static Set<String> members(String type, Map<String, Interface> interfaces) {
        Interface declared = interfaces.get(type);
        Set<String> members = new TreeSet<>();
        if (declared != null) {
            members.addAll(declared.members());
            declared.parents().forEach(parent -> members.addAll(members(parent, interfaces)));
        }
        return members;
    }

    private static Set<String> detailFieldsRead(Class<?> event) {
        Set<String> fields = new TreeSet<>();
        for (Constructor<?> constructor : event.getConstructors()) {
            for (Parameter parameter : constructor.getParameters()) {
                EventData data = parameter.getAnnotation(EventData.class);
                if (data != null) {
                    DETAIL_FIELD.matcher(data.value()).results().forEach(m -> fields.add(m.group(1)));
                }
            }
        }
        return fields;
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
        return (String)
                event.getAnnotationOfType(DomEvent.class.getName()).get("value").orElseThrow();
    }

    private static List<Path> typeScriptFiles() throws IOException {
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            return files.filter(f -> f.toString().endsWith(".ts") && !f.startsWith(FRONTEND.resolve("generated")))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
