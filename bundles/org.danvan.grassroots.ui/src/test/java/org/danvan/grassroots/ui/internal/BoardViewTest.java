package org.danvan.grassroots.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardMember;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.internal.GrassrootsServices;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.TestKeys;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The boards screen on the real services (H2). */
class BoardViewTest {

    static final UserPrincipal FRONT = new UserPrincipal(5, "mttq", "Lê Văn Cường", FakeUnits.TIEN_DU, "Xã Tiên Du",
            Set.of(GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DECISIONS));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units).grant(FRONT, FakeUnits.TIEN_DU,
            GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DECISIONS);
    private final TestDatabase database = TestDatabase.h2();
    private final GrassrootsServices services = new GrassrootsServices(database, access, units,
            new RecordingAuditTrail(), RealRules.withModuleFiles("rules/grassroots-rules.csv"),
            access.moduleEnablement(), TestKeys.inTemporaryDirectory(), PlatformTime.clock());

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void membersAreOneALineAndACommuneOfficialTickedIsRefusedAtTheMembers() {
        assertEquals(List.of(new BoardMember("Nguyễn Văn A", "Thôn Đông", false),
                new BoardMember("Trần Thị B", null, true)),
                BoardView.members("Nguyễn Văn A – Thôn Đông\n\n  Trần Thị B  \n", Set.of("Trần Thị B")));
        try (UiHarness harness = new UiHarness(FRONT)) {
            harness.show(new BoardView(services.boards(), units, access));
            harness.find("gr-board-new", Button.class).click();
            harness.find("gr-board-name", TextField.class).setValue("Ban Thanh tra nhân dân xã Tiên Du");
            harness.find("gr-board-term-from", DatePicker.class).setValue(LocalDate.of(2025, 8, 1));
            harness.find("gr-board-term-to", DatePicker.class).setValue(LocalDate.of(2030, 7, 31));
            TextArea members = harness.find("gr-board-members", TextArea.class);
            members.setValue("A – Thôn Đông\nB – Thôn Đông\nC – Thôn Đoài\nD – Thôn Đoài\nE – Thôn Lũng Giang");
            @SuppressWarnings("unchecked")
            CheckboxGroup<String> officials = harness.find("gr-board-officials", CheckboxGroup.class);
            officials.setValue(Set.of("C"));
            harness.find("gr-board-save", Button.class).click();
            assertTrue(members.isInvalid(), "C is a commune official");
            assertEquals("!{" + BoardDraft.OFFICIAL + "}!", members.getErrorMessage());
            officials.setValue(Set.of());
            harness.find("gr-board-save", Button.class).click();
            assertTrue(harness.findOptional("gr-board-dialog", Component.class).isEmpty());
            assertEquals(5, services.boards().boards(FRONT).get(0).members().size());
        }
    }
}
