package org.danvan.identity.ui.internal.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.danvan.identity.api.RoleInfo;
import org.danvan.identity.api.UserDraft;
import org.danvan.identity.api.UserFilter;
import org.danvan.identity.api.UserSummary;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.junit.jupiter.api.Test;

/** The user form's checks and what it sends: the rules UserDraft documents. */
class UserRulesTest {

    @Test
    void loginsFollowTheDocumentedAlphabetAndLength() {
        assertTrue(UserRules.validLogin("chutich.tiendu"));
        assertTrue(UserRules.validLogin("Nguyen_Van-An2"));
        assertFalse(UserRules.validLogin("an"));
        assertFalse(UserRules.validLogin("nguyễn"));
        assertFalse(UserRules.validLogin("a b c"));
        assertFalse(UserRules.validLogin("x".repeat(65)));
        assertTrue(UserRules.validLogin("x".repeat(64)));
        assertFalse(UserRules.validLogin(null));
    }

    @Test
    void emailAndPhoneAreOptionalButPlausible() {
        assertTrue(UserRules.validEmail(""));
        assertTrue(UserRules.validEmail("an.nguyen@tiendu.bacninh.gov.vn"));
        assertFalse(UserRules.validEmail("an.nguyen@localhost"));
        assertFalse(UserRules.validEmail("an nguyen@x.vn"));
        assertTrue(UserRules.validPhone(" "));
        assertTrue(UserRules.validPhone("0912 345 678"));
        assertTrue(UserRules.validPhone("+84912345678"));
        assertFalse(UserRules.validPhone("0912-34"));
        assertFalse(UserRules.validPhone("09123456789012345"));
        assertFalse(UserRules.validFullName("   "));
        assertTrue(UserRules.validFullName("Nguyễn Văn An"));
    }

    @Test
    void theDraftIsCleanedAsTheServiceStoresIt() {
        UserForm form = UserForm.blank(7L);
        form.setLogin("  Chutich.TienDu ");
        form.setFullName(" Nguyễn Văn An ");
        form.setEmail("  ");
        form.setPhone("0912 345.678");
        assertEquals(new UserDraft("chutich.tiendu", "Nguyễn Văn An", null, "0912345678", List.of(7L)),
                form.toDraft());
    }

    @Test
    void editingStartsFromTheStoredUser() {
        UserSummary stored = new UserSummary(3, 5, "tiepdan", "Trần Thị Bình", null, "0912345678", List.of(4L, 9L),
                true, false, null, false, Instant.EPOCH);
        UserForm form = UserForm.of(stored);
        assertEquals(new UserDraft("tiepdan", "Trần Thị Bình", null, "0912345678", List.of(4L, 9L)), form.toDraft());
    }

    @Test
    void emptyFiltersDoNotRestrict() {
        assertEquals(UserFilter.any(), UsersView.filterOf("  ", null, null, UsersView.LockFilter.ALL));
        OrgUnitInfo unit = new OrgUnitInfo(12, "BN-TD", "Xã Tiên Du", "commune", 1L, java.time.LocalDate.of(2025, 7, 1),
                null, List.of());
        RoleInfo role = new RoleInfo("observer", null, true, Set.of(), 0);
        assertEquals(new UserFilter("Bình", 12L, "observer", Boolean.TRUE),
                UsersView.filterOf(" Bình ", unit, role, UsersView.LockFilter.LOCKED));
        assertNull(UsersView.filterOf(null, null, null, UsersView.LockFilter.ALL).locked());
        assertEquals(Boolean.FALSE, UsersView.filterOf(null, null, null, UsersView.LockFilter.UNLOCKED).locked());
    }
}
