package com.soundforge.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.soundforge.security.ApiKey;
import com.soundforge.security.ApiKeyService;
import com.soundforge.security.UserAccount;
import com.soundforge.security.UserService;
import com.soundforge.support.BrowserlessUser;
import com.soundforge.support.SfaSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@SfaSpringTest
@Import(BrowserlessUser.class)
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiKeyService keys;

    @Autowired
    UserService users;

    UserAccount me;

    @BeforeEach
    void findMe() {
        me = users.findByUsername(BrowserlessUser.NAME).orElseThrow();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aCreatedKeyIsShownOnceWithAWarningAndWorks() {
        SettingsView view = navigate(SettingsView.class);
        assertThat(view.newKey.isVisible()).isFalse();

        String laptop = unique("Studio laptop");
        test(view.name).setValue(laptop);
        test(view.create).click();

        String shown = view.newKey.key.getValue();
        assertThat(view.newKey.isVisible()).isTrue();
        assertThat(view.newKey.key.isReadOnly()).isTrue();
        assertThat(view.newKey.warning.getText()).contains(laptop).contains("will not show it again");
        assertThat(keys.authenticate(shown)).contains(me);
        assertThat(view.name.getValue()).isEmpty();
        assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("name")))
                .isEqualTo(laptop);
        assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("lastUsed")))
                .isEqualTo("never")
                .doesNotContain(shown);

        navigate(LoginView.class);
        SettingsView again = navigate(SettingsView.class);
        assertThat(again).isNotSameAs(view);
        assertThat(again.newKey.isVisible()).isFalse();
        assertThat(again.newKey.key.getValue()).isEmpty();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void aKeyWithoutANameIsRefusedWithAMessage() {
        SettingsView view = navigate(SettingsView.class);
        int before = keys.list(me.id()).size();

        test(view.name).setValue("   ");
        test(view.create).click();

        assertThat(view.error.getText()).isEqualTo("An API key needs a name.");
        assertThat(view.newKey.isVisible()).isFalse();
        assertThat(keys.list(me.id())).hasSize(before);
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void revokingAsksFirstAndThenTheKeyStopsWorking() {
        String phone = unique("old phone");
        String rawKey = keys.create(me.id(), phone).rawKey();
        SettingsView view = navigate(SettingsView.class);
        int row = rowOf(view, phone);
        Button revoke = (Button) test(view.grid).getCellComponent(row, "revoke");

        test(revoke).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).withId("confirm-revoke").single();
        assertThat(keys.authenticate(rawKey)).contains(me);
        test(dialog).confirm();

        assertThat(keys.authenticate(rawKey)).isEmpty();
        int after = rowOf(view, phone);
        assertThat(test(view.grid).getCellText(after, test(view.grid).getColumnPosition("status")))
                .startsWith("revoked ");
        assertThat(test(view.grid).getCellComponent(after, "revoke").isVisible())
                .isFalse();
    }

    @Test
    @WithMockUser(BrowserlessUser.NAME)
    void cancellingTheConfirmationKeepsTheKey() {
        String kept = unique("keep me");
        String rawKey = keys.create(me.id(), kept).rawKey();
        SettingsView view = navigate(SettingsView.class);

        test((Button) test(view.grid).getCellComponent(rowOf(view, kept), "revoke"))
                .click();
        test($(ConfirmDialog.class).withId("confirm-revoke").single()).cancel();

        assertThat(keys.authenticate(rawKey)).contains(me);
        assertThat(keys.list(me.id()))
                .filteredOn(key -> key.name().equals(kept))
                .singleElement()
                .extracting(ApiKey::isRevoked)
                .isEqualTo(false);
    }

    /** The browserless user outlives a test run on a kept database, so its key names must not repeat. */
    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private int rowOf(SettingsView view, String name) {
        for (int row = 0; row < test(view.grid).size(); row++) {
            if (test(view.grid).getRow(row).name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + name);
    }
}
