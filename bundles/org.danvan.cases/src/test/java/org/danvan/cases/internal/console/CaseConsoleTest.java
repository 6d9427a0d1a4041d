package org.danvan.cases.internal.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.danvan.cases.api.CaseService;
import org.danvan.cases.internal.CaseConsoleFixture;
import org.danvan.platform.api.security.UserPrincipal;
import org.junit.jupiter.api.Test;

/** The console commands' behaviour on a real H2 database. */
class CaseConsoleTest extends CaseConsoleFixture {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private String run(java.util.function.Consumer<CaseConsole> command) {
        bytes.reset();
        command.accept(new CaseConsole(service(), directory(), null, new PrintStream(bytes, true,
                StandardCharsets.UTF_8)));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void createListAndShowWithoutRevealingADenouncer() {
        CaseService cases = service();
        UserPrincipal officer = officer();
        String created = run(c -> c.create(officer, "27001", "denunciation", "post", "Hoàng Thị Mật", "Ngõ Bí",
                "0987654321", LocalDate.now(java.time.ZoneOffset.ofHours(7)).toString(),
                "Tố cáo trưởng thôn thu tiền"));
        assertTrue(created.contains("Created case " + LocalDate.now(java.time.ZoneOffset.ofHours(7)).getYear()
                + "/000001"), created);
        assertTrue(created.contains("Tracking code for the citizen: "), created);

        String list = run(c -> c.list(officer, "27001", false, "truong thon", 0, 10));
        assertTrue(list.contains("DENUNCIATION") && list.contains("1 of 1 cases shown"), list);
        String beyond = run(c -> c.list(officer, "27001", false, "truong thon", 1, 10));
        assertTrue(beyond.contains("0 of 1 cases shown") && !beyond.contains("DENUNCIATION"), beyond);
        String shown = run(c -> c.show(officer, "1"));
        assertTrue(shown.contains("Petitioner 1: [protected]"), shown);
        assertFalse(shown.contains("Hoàng") || shown.contains("0987") || shown.contains("Ngõ Bí"), shown);
        assertTrue(shown.contains("denunciation.classify"), shown);

        assertTrue(run(c -> c.create(officer, "nope", "complaint-first", null, "A", null, null, null, "x"))
                .contains("Refused: unit: case.error.unit.unknown"));
        assertTrue(run(c -> c.create(officer, "27001", "gossip", null, "A", null, null, null, "x"))
                .contains("Refused: kind: case.error.console.choice"));
        assertTrue(run(c -> c.show(officer, "999")).contains("No case 999"));
        assertTrue(cases.find(officer, org.danvan.cases.api.CaseQuery.of(org.danvan.cases.api.Worklist.ALL))
                .total() == 1);
        assertTrue(Set.of(officer.login()).contains("tiepdan"));
    }
}
