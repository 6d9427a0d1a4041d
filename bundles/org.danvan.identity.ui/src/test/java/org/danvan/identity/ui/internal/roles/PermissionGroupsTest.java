package org.danvan.identity.ui.internal.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How the roles screen groups permissions and what it stores. */
class PermissionGroupsTest {

    @Test
    void permissionsAreGroupedByModuleInOrder() {
        assertEquals(Map.of("case", List.of("case.resolve", "case.view"), "identity",
                List.of("identity.roles.manage", "identity.users.manage"), "platform", List.of("platform.console")),
                PermissionGroups.byModule(List.of("identity.users.manage", "case.view", "platform.console",
                        "case.resolve", "identity.roles.manage")));
        assertEquals("noticeboard", PermissionGroups.moduleOf("noticeboard.publish"));
        assertEquals("solo", PermissionGroups.moduleOf("solo"));
    }

    @Test
    void grantsOfModulesNotInstalledNowSurviveASave() {
        Map<String, String> available = Map.of("identity.users.manage", "l1", "audit.view", "l2");
        Set<String> held = Set.of("audit.view", "noticeboard.publish");
        // the administrator unticked audit.view and ticked identity.users.manage; the notice board is uninstalled
        assertEquals(Set.of("identity.users.manage", "noticeboard.publish"),
                PermissionGroups.toStore(held, available, Set.of("identity.users.manage")));
    }
}
