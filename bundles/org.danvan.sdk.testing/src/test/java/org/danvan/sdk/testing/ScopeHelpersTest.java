package org.danvan.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.junit.jupiter.api.Test;

/**
 * The platform API's helpers that modules used to copy (issue 12/13 duplicates): a unit's subtree, the part of it a
 * scope covers, and the union of several permissions' scopes.
 */
class ScopeHelpersTest {

    private static final UserPrincipal KEEPER = new UserPrincipal(7, "lan", "Nguyễn Thị Lan", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units);

    @Test
    void theSubtreeIsTheUnitFirstThenEveryUnitBelowIt() {
        assertEquals(List.of(FakeUnits.TIEN_DU, FakeUnits.VILLAGE), List.copyOf(units.currentSubtree(FakeUnits.TIEN_DU)));
        assertEquals(Set.of(FakeUnits.PROVINCE, FakeUnits.FRONT, FakeUnits.TIEN_DU, FakeUnits.LIM, FakeUnits.VILLAGE),
                units.currentSubtree(FakeUnits.PROVINCE));
        assertEquals(Set.of(999L), units.currentSubtree(999), "an unknown unit is just itself");
    }

    @Test
    void aScopeKeepsOnlyTheUnitsItCovers() {
        AccessScope commune = AccessScope.of(Set.of(FakeUnits.TIEN_DU, FakeUnits.VILLAGE));
        assertEquals(Set.of(FakeUnits.TIEN_DU, FakeUnits.VILLAGE),
                commune.coveredOf(units.currentSubtree(FakeUnits.PROVINCE)));
        assertEquals(Set.of(), AccessScope.none().coveredOf(units.currentSubtree(FakeUnits.PROVINCE)));
        assertEquals(units.currentSubtree(FakeUnits.PROVINCE), AccessScope.all().coveredOf(units.currentSubtree(FakeUnits.PROVINCE)));
    }

    @Test
    void theScopeOfAnyPermissionIsTheUnionOfTheirScopes() {
        access.grant(KEEPER, FakeUnits.VILLAGE, "mod.manage").grant(KEEPER, FakeUnits.LIM, "mod.view");
        AccessScope either = access.scopeOfAny(KEEPER, "mod.view", "mod.manage");
        assertEquals(AccessScope.of(Set.of(FakeUnits.VILLAGE, FakeUnits.LIM)), either);
        assertTrue(access.scopeOfAny(KEEPER, "mod.other").isEmpty());
        access.grant(KEEPER, FakeUnits.PROVINCE, "mod.view");
        assertTrue(access.scopeOfAny(KEEPER, "mod.manage", "mod.view").unrestricted(),
                "a permission held at the root makes the union unrestricted");
    }
}
