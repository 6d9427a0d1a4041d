package org.danvan.cases.ui.internal.testing;

import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.UserPrincipal;

/** Who signs in to the screens under test (the kit's FakeUnits.sample(): unit 12 is Xã Tiên Du). */
public final class TestUsers {

    /** A case officer of Xã Tiên Du holding every case permission. */
    public static final UserPrincipal OFFICER = new UserPrincipal(7, "lan", "Nguyễn Thị Lan", 12L, "Xã Tiên Du",
            Set.copyOf(CasePermissions.ALL));

    private TestUsers() {
    }
}
