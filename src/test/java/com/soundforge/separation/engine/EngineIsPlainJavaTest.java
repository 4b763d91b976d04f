package com.soundforge.separation.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EngineIsPlainJavaTest {

    @Test
    void theSeparationEngineUsesNoSpringVaadinJooqOrFileIo() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "com.vaadin..",
                        "org.jooq..",
                        "com.soundforge.db..",
                        "java.nio.file..",
                        "java.io..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.soundforge.separation.engine"));
    }
}
