package org.danvan.reception.ui.internal.testing;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.danvan.cases.api.CasePermissions;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.ReceptionPermissions;

/** Who signs in to the screens under test (the kit's FakeUnits.sample(): unit 12 is Xã Tiên Du). */
public final class TestUsers {

    /** Holds every reception permission and may open cases. */
    public static final UserPrincipal OFFICER = new UserPrincipal(7, "lan", "Nguyễn Thị Lan", 12L, "Xã Tiên Du",
            Stream.concat(ReceptionPermissions.ALL.stream(), Stream.of(CasePermissions.VIEW))
                    .collect(Collectors.toSet()));

    /** May read the book, the calendar and dialogues, and nothing else. */
    public static final UserPrincipal READER = new UserPrincipal(8, "minh", "Trần Văn Minh", 12L, "Xã Tiên Du",
            Set.of(ReceptionPermissions.VIEW));

    private TestUsers() {
    }
}
