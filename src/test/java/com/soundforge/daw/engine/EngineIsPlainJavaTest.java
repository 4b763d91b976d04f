package com.soundforge.daw.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EngineIsPlainJavaTest {

    @Test
    void theDawEngineUsesOnlyTheJdkTheAudioDecodersTheDspAndTheModel() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.jspecify..",
                        "com.soundforge.audio..",
                        "com.soundforge.dsp..",
                        "com.soundforge.daw.model..",
                        "com.soundforge.daw.engine..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.soundforge.daw.engine"));
    }
}
