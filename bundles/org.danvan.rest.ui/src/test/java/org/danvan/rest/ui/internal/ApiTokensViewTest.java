package org.danvan.rest.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.rest.api.ApiPermissions;
import org.danvan.rest.api.ApiToken;
import org.danvan.rest.internal.tokens.ApiTokenServiceImpl;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The token screen on the real token service (H2), driven without a browser. */
class ApiTokensViewTest {

    private static final UserPrincipal OFFICER = new UserPrincipal(21, "tiepdan", "Trần Thị Bình", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of("case.view", "case.intake", ApiPermissions.TOKEN_MANAGE));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(OFFICER, FakeUnits.TIEN_DU, "case.view", "case.intake", ApiPermissions.TOKEN_MANAGE);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final TestDatabase database = TestDatabase.h2();
    private final AuthenticationService authentication = new AuthenticationService() {
        @Override
        public AuthenticationResult authenticate(String login, char[] password, String remoteAddress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserPrincipal> refresh(UserPrincipal principal) {
            return Optional.of(principal);
        }

        @Override
        public Optional<UserPrincipal> principalOf(String login) {
            return Optional.of(OFFICER).filter(u -> u.login().equals(login));
        }
    };
    private final ApiTokenServiceImpl service = new ApiTokenServiceImpl(database, access, authentication, audit,
            Clock.system(LocalizedDates.VIETNAM), 0);

    @AfterEach
    void stop() {
        service.deactivate();
        database.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTokenIsCreatedWithTheChosenPermissionsAndShownOnce() {
        try (UiHarness harness = new UiHarness(OFFICER)) {
            harness.show(new ApiTokensView(service));
            harness.find("api-token-new", Button.class).click();
            harness.find("api-token-name", TextField.class).setValue("Cổng dịch vụ công");
            CheckboxGroup<String> scope = harness.find("api-token-scope", CheckboxGroup.class);
            assertEquals(Set.of("case.view", "case.intake", ApiPermissions.TOKEN_MANAGE),
                    Set.copyOf(scope.getListDataView().getItems().toList()), "the user's own permissions");
            scope.setValue(Set.of("case.view"));
            harness.find("api-token-create", Button.class).click();

            String secret = harness.find("api-token-secret", TextArea.class).getValue();
            assertTrue(secret.startsWith("dvt_"), secret);
            List<ApiToken> mine = service.mine(OFFICER);
            assertEquals(1, mine.size());
            assertEquals(Set.of("case.view"), mine.get(0).scope());
            assertEquals(LocalizedDates.today().plusDays(ApiTokensView.DEFAULT_DAYS), mine.get(0).expiresOn());
            assertTrue(service.authenticate(secret).isPresent(), "the text shown is the working token");
            assertEquals(List.of("api.token.created"), audit.actions());
        }
    }

    @Test
    void aMissingNameStaysAtItsFieldAndNothingIsStored() {
        try (UiHarness harness = new UiHarness(OFFICER)) {
            harness.show(new ApiTokensView(service));
            harness.find("api-token-new", Button.class).click();
            harness.find("api-token-create", Button.class).click();
            TextField name = harness.find("api-token-name", TextField.class);
            assertTrue(name.isInvalid());
            assertFalse(name.getErrorMessage().isBlank());
            assertTrue(harness.findOptional("api-token-secret", TextArea.class).isEmpty());
            assertTrue(service.mine(OFFICER).isEmpty());
        }
    }

    @Test
    void revokingFromTheListStopsTheToken() {
        try (UiHarness harness = new UiHarness(OFFICER)) {
            var issued = service.create(OFFICER, new org.danvan.rest.api.TokenRequest("x",
                    LocalizedDates.today().plusDays(3), Set.of("case.view")));
            harness.show(new ApiTokensView(service));
            harness.find("api-token-revoke-" + issued.token().id(), Button.class).click();
            assertTrue(service.authenticate(issued.secretText()).isEmpty());
            assertEquals(List.of("api.token.created", "api.token.revoked"), audit.actions());
        }
    }
}
