package com.soundforge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.soundforge.audio.TestAudio;
import com.soundforge.library.LibraryService;
import com.soundforge.library.imports.ImportException;
import com.soundforge.library.imports.ImportFailure;
import com.soundforge.library.imports.ImportService;
import com.soundforge.security.Role;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.SfaSpringTest;
import com.soundforge.support.TestUsers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** A brand-new installation (its own empty database) configured through sfa.* properties. */
@SfaSpringTest
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:fresh-install;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "sfa.admin.username=chief",
            "sfa.admin.password=configured-secret-1",
            "sfa.upload.max-size=64KB"
        })
class FreshInstallationTest {

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    LibraryService library;

    @Autowired
    ImportService imports;

    @TempDir
    Path work;

    @Test
    void theFirstAdminComesFromConfigurationWithAHashedPassword() {
        UserAccount chief = users.findByUsername("chief").orElseThrow();
        assertThat(chief.role()).isEqualTo(Role.ADMIN);
        String stored = userDetails.loadUserByUsername("chief").getPassword();
        assertThat(stored).startsWith("$2").doesNotContain("configured-secret-1");
        assertThat(passwordEncoder.matches("configured-secret-1", stored)).isTrue();
        assertThat(users.findByUsername("admin")).isEmpty();
    }

    @Test
    void anUploadOverTheConfiguredLimitIsRefusedAndLeavesNothing() throws Exception {
        UserAccount user = TestUsers.create(users);
        Path big = TestAudio.writeSineWav(work.resolve("big.wav"), 44_100, 2, 1.0, 440);
        assertThat(Files.size(big)).isGreaterThan(64 * 1024);

        try (InputStream in = Files.newInputStream(big)) {
            assertThatThrownBy(() -> imports.importAudio(user.id(), in, "big.wav"))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.failure()).isEqualTo(ImportFailure.TOO_LARGE);
                        assertThat(e.getMessage()).isEqualTo("The file is larger than the upload limit of 64 KB.");
                    });
        }
        assertThat(library.count(user.id(), null)).isZero();
    }

    @Test
    void weakPasswordsAndTakenNamesAreRefusedAtRegistration() {
        assertThatThrownBy(() -> users.register("newcomer", "short", Role.USER))
                .hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> users.register("chief", "long-enough-pass", Role.USER))
                .hasMessageContaining("Could not create this account");
        assertThatThrownBy(() -> users.register("bad name!", "long-enough-pass", Role.USER))
                .hasMessageContaining("username");
    }
}
