package org.danvan.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.module.ModuleUnits;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.junit.jupiter.api.Test;

/** The stand-in must decide as the identity core does, or module tests would pass against the wrong rules. */
class FakeAccessControlTest {

    private static final String VIEW = "mod.view";
    /** Carries every permission itself: the decision must not trust that. */
    private static final UserPrincipal OFFICER = new UserPrincipal(7, "lan", "Nguyễn Thị Lan", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(VIEW, "mod.manage"));
    private static final UserPrincipal ADMIN = new UserPrincipal(1, "admin", "Quản trị", FakeUnits.PROVINCE,
            "Tỉnh Bắc Ninh", Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units);

    @Test
    void aGrantCoversTheUnitAndItsSubtreeOnly() {
        access.grant(OFFICER, FakeUnits.TIEN_DU, VIEW);
        assertTrue(access.isPermitted(OFFICER, VIEW, FakeUnits.TIEN_DU));
        assertTrue(access.isPermitted(OFFICER, VIEW, FakeUnits.VILLAGE), "the village lies in the commune");
        assertFalse(access.isPermitted(OFFICER, VIEW, FakeUnits.LIM), "a sibling commune");
        assertFalse(access.isPermitted(OFFICER, VIEW, FakeUnits.PROVINCE), "the unit above");
        assertEquals(AccessScope.of(Set.of(FakeUnits.TIEN_DU, FakeUnits.VILLAGE)), access.scope(OFFICER, VIEW));
        assertTrue(access.isPermittedSomewhere(OFFICER, VIEW));
    }

    @Test
    void thePermissionsAPrincipalCarriesGrantNothing() {
        assertFalse(access.isPermitted(OFFICER, "mod.manage", FakeUnits.TIEN_DU));
        assertTrue(access.scope(OFFICER, "mod.manage").isEmpty());
        assertFalse(access.isPermittedSomewhere(OFFICER, "mod.manage"));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> access.check(OFFICER, "mod.manage", FakeUnits.TIEN_DU));
        assertEquals("mod.manage", denied.permission());
    }

    @Test
    void aGrantAtTheRootCoversEverything() {
        access.grant(ADMIN, FakeUnits.PROVINCE, VIEW);
        assertTrue(access.scope(ADMIN, VIEW).unrestricted());
        assertTrue(access.isPermitted(ADMIN, VIEW, FakeUnits.VILLAGE));
    }

    @Test
    void recordsOfAMergedUnitBelongToTheSuccessorsStaff() {
        units.add(14, "27-TDM", "Xã Tiên Du mới", OrgUnitKinds.COMMUNE, FakeUnits.PROVINCE)
                .retire(FakeUnits.LIM, LocalDate.of(2026, 1, 1), 14);
        UserPrincipal successorOfficer = new UserPrincipal(9, "hoa", "Hoa", 14L, "Xã Tiên Du mới", Set.of());
        access.grant(successorOfficer, 14, VIEW);
        assertTrue(access.isPermitted(successorOfficer, VIEW, FakeUnits.LIM), "the retired commune's records");
        assertEquals(AccessScope.of(Set.of(14L, FakeUnits.LIM)), access.scope(successorOfficer, VIEW));
        access.grant(OFFICER, FakeUnits.TIEN_DU, VIEW);
        assertFalse(access.isPermitted(OFFICER, VIEW, FakeUnits.LIM));
    }

    @Test
    void aLockedUserIsPermittedNothing() {
        access.grant(OFFICER, FakeUnits.TIEN_DU, VIEW).lock(OFFICER, true);
        assertFalse(access.isPermitted(OFFICER, VIEW, FakeUnits.TIEN_DU));
        assertTrue(access.scope(OFFICER, VIEW).isEmpty());
        access.lock(OFFICER, false);
        assertTrue(access.isPermitted(OFFICER, VIEW, FakeUnits.TIEN_DU));
    }

    @Test
    void aModuleEnabledForSomeUnitsGrantsItsPermissionsOnlyThere() {
        access.grant(ADMIN, FakeUnits.PROVINCE, VIEW, "other.view").enableModuleOnlyAt("mod", FakeUnits.TIEN_DU);
        assertTrue(access.isPermitted(ADMIN, VIEW, FakeUnits.VILLAGE));
        assertFalse(access.isPermitted(ADMIN, VIEW, FakeUnits.LIM));
        assertFalse(access.isPermitted(ADMIN, VIEW, FakeUnits.PROVINCE));
        assertEquals(AccessScope.of(Set.of(FakeUnits.TIEN_DU, FakeUnits.VILLAGE)), access.scope(ADMIN, VIEW));
        assertTrue(access.scope(ADMIN, "other.view").unrestricted(), "another module's permission is untouched");
        access.enableModuleOnlyAt("mod");
        assertFalse(access.isPermittedSomewhere(ADMIN, VIEW), "enabled nowhere");
        access.enableModuleEverywhere("mod");
        assertTrue(access.scope(ADMIN, VIEW).unrestricted());
    }

    @Test
    void itsModuleEnablementAgreesWithThePermissions() {
        ModuleEnablement enablement = access.moduleEnablement();
        assertTrue(enablement.isEnabled("mod", FakeUnits.LIM), "never configured: everywhere");
        long before = enablement.generation();
        access.enableModuleOnlyAt("mod", FakeUnits.TIEN_DU);
        assertTrue(enablement.generation() > before);
        assertTrue(enablement.isEnabled("mod", FakeUnits.VILLAGE), "the subtree");
        assertFalse(enablement.isEnabled("mod", FakeUnits.LIM));
        assertFalse(enablement.isEnabled("mod", FakeUnits.PROVINCE));
        assertTrue(enablement.isEnabled("other", FakeUnits.LIM), "another module is untouched");
        assertTrue(enablement.isEnabledForUser("mod", ADMIN), "a commune below the province has it");
        assertEquals(ModuleUnits.only(Set.of(FakeUnits.TIEN_DU)), enablement.units("mod"));
        enablement.configure("mod", ModuleUnits.only(Set.of(FakeUnits.LIM)), "test");
        assertTrue(enablement.isEnabled("mod", FakeUnits.LIM));
        assertFalse(enablement.isEnabled("mod", FakeUnits.TIEN_DU));
        enablement.configure("mod", ModuleUnits.everywhereInstalled(), "test");
        assertTrue(enablement.isEnabled("mod", FakeUnits.TIEN_DU));
    }
}
