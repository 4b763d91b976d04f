package com.soundforge.analysis.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EngineIsPlainJavaTest {

    @Test
    void theAnalysisEngineUsesOnlyTheJdkTheFftTheAudioDecoderTheSharedDspAndItsResultRecords() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.jtransforms..",
                        "org.jspecify..",
                        "com.soundforge.analysis",
                        "com.soundforge.analysis.engine..",
                        "com.soundforge.audio..",
                        "com.soundforge.dsp..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.soundforge.analysis.engine"));
    }
}
