package com.soundforge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.soundforge.library.StoredTrack;
import com.soundforge.library.TrackCatalog;
import com.soundforge.library.TrackStorage;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.soundforge");

    @Test
    void featureModulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        ApplicationModules.of(Application.class, JavaClass.Predicates.resideInAPackage("com.soundforge.db.."))
                .verify();
    }

    @Test
    void viewsAndControllersNeverTouchTheDatabaseDirectly() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..web..", "..api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "com.soundforge.db..")
                .check(CLASSES);
    }

    @Test
    void onlyRepositoriesAndQueriesUseJooqAndTheGeneratedTables() {
        noClasses()
                .that(areNotRepositoriesOrQueries())
                .and()
                .resideOutsideOfPackage("com.soundforge.db..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "com.soundforge.db..")
                .because("repositories take and return the modules' own records")
                .check(CLASSES);
    }

    @Test
    void onlyTheLibraryAddsTracksAndTouchesTheirFiles() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.soundforge.library..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(TrackCatalog.class, TrackStorage.class, StoredTrack.class)
                .because("these are public for the library's imports sub-package only")
                .check(CLASSES);
    }

    @Test
    void theAudioEngineIsPlainJava() {
        noClasses()
                .that()
                .resideInAnyPackage("com.soundforge.audio..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.vaadin..", "org.jooq..", "com.soundforge.db..")
                .check(CLASSES);
    }

    /** Classes named *Repository or *Query, with their nested and anonymous classes (lambdas' holders). */
    private static DescribedPredicate<JavaClass> areNotRepositoriesOrQueries() {
        return DescribedPredicate.describe("are not repositories or queries", javaClass -> {
            String topLevel = javaClass.getName().replaceFirst("\\$.*", "");
            String simpleName = topLevel.substring(topLevel.lastIndexOf('.') + 1);
            return !simpleName.endsWith("Repository") && !simpleName.endsWith("Query");
        });
    }
}
