package com.soundforge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
        ApplicationModules.of(Application.class,
                JavaClass.Predicates.resideInAPackage("com.soundforge.db..")).verify();
    }

    @Test
    void viewsAndControllersNeverTouchTheDatabaseDirectly() {
        noClasses().that().resideInAnyPackage("..ui..", "..web..", "..api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "com.soundforge.db..")
                .check(CLASSES);
    }

    @Test
    void theAudioEngineIsPlainJava() {
        noClasses().that().resideInAnyPackage("com.soundforge.audio..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "org.jooq..", "com.soundforge.db..")
                .check(CLASSES);
    }
}
