package com.soundforge.dsp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DspIsPlainJavaTest {

    @Test
    void theSharedDspUsesOnlyTheJdkAndTheFft() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jtransforms..", "org.jspecify..", "com.soundforge.dsp..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.soundforge.dsp"));
    }
}
