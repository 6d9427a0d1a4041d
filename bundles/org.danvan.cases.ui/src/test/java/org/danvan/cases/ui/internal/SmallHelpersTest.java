package org.danvan.cases.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DueState;
import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.junit.jupiter.api.Test;

class SmallHelpersTest {

    @Test
    void dueStatesHaveDistinctColoursAndOverdueIsTheAlarm() {
        assertTrue(CaseBadges.dueTheme(DueState.OVERDUE).contains("error"));
        assertTrue(CaseBadges.dueTheme(DueState.ON_TIME).contains("success"));
        assertEquals("badge", CaseBadges.dueTheme(DueState.NEAR_DUE));
        assertEquals("#fff1c2", CaseBadges.due(DueState.NEAR_DUE, "x").getStyle().get("background-color"),
                "near due is amber");
        assertEquals("badge contrast", CaseBadges.dueTheme(DueState.NONE));
        assertEquals("badge contrast", CaseBadges.dueTheme(null));
        assertEquals("cases.ui.due.NONE", CaseBadges.dueKey(null));
        assertEquals("OVERDUE", CaseBadges.due(DueState.OVERDUE, "x").getElement().getAttribute("data-due"));
        assertFalse(CaseBadges.statusTheme(CaseStatus.ACCEPTED).contains("contrast"));
        assertTrue(CaseBadges.statusTheme(CaseStatus.CLOSED).contains("contrast"));
    }

    @Test
    void sizesReadNaturally() {
        Locale vi = Locale.forLanguageTag("vi");
        assertEquals("20 MB", UploadLimits.megabytes(UploadLimits.MAX_BYTES, vi));
        assertEquals("1,5 MB", UploadLimits.megabytes(3 * 512 * 1024, vi));
        assertEquals("1.5 MB", UploadLimits.megabytes(3 * 512 * 1024, Locale.ENGLISH));
        assertEquals("999 B", UploadLimits.size(999, vi));
        assertEquals("2 KB", UploadLimits.size(2048, vi));
    }

    @Test
    void onlyLoginShapedTextReachesTheIdentityCore() {
        int[] asked = { 0 };
        AuthenticationService identity = new AuthenticationService() {
            @Override
            public AuthenticationResult authenticate(String login, char[] password, String remoteAddress) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<UserPrincipal> refresh(UserPrincipal principal) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<UserPrincipal> principalOf(String login) {
                asked[0]++;
                return "lan".equals(login)
                        ? Optional.of(new UserPrincipal(7, "lan", "Nguyễn Thị Lan", 1L, "Xã", java.util.Set.of()))
                        : Optional.empty();
            }
        };
        assertEquals(7, StaffLookup.byLogin(identity, "  lan ").orElseThrow().userId());
        assertTrue(StaffLookup.byLogin(identity, "lan' OR 1=1").isEmpty());
        assertTrue(StaffLookup.byLogin(identity, "Lê Văn").isEmpty());
        assertTrue(StaffLookup.byLogin(identity, "x".repeat(65)).isEmpty());
        assertTrue(StaffLookup.byLogin(identity, "").isEmpty());
        assertEquals(1, asked[0], "malformed logins are refused before the identity core is asked");
        assertTrue(StaffLookup.byLogin(identity, "hoa").isEmpty());
        assertEquals(2, asked[0]);
    }
}
