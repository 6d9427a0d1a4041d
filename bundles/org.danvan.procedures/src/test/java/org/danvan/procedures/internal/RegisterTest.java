package org.danvan.procedures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.procedures.api.Procedure;
import org.danvan.procedures.api.ProcedureDraft;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** The register of a unit's procedures: every problem of the input at once, one code per unit, scoped, audited. */
@OnEveryDatabase
class RegisterTest extends ReviewFixture {

    @Test
    void everyProblemOfTheInputIsRefusedAtOnce() {
        ValidationException refused = assertThrows(ValidationException.class, () -> services.register().create(
                new ProcedureDraft(null, null, " ", "", null, "", " ", "x".repeat(4001), -1, -5L), KEEPER));
        assertEquals(List.of("unitId", "level", "code", "name", "field", "legalBasis", "steps", "documents",
                "processingDays", "feeVnd"), refused.violations().stream().map(Violation::field).toList());
        assertTrue(audit.events().isEmpty());
    }

    @Test
    void aCodeIsOncePerUnitAndTheUnitOwnsItsRegister() {
        Procedure birth = procedure("1.001193", 3, 0);
        assertEquals("1.001193", birth.code());
        ValidationException taken = assertThrows(ValidationException.class, () -> procedure("1.001193", 5, 0));
        assertEquals(Violation.of("code", ProcedureDraft.CODE_TAKEN, "1.001193"), taken.violations().get(0));
        // the same code in another commune's register is that commune's business
        services.register().create(draft(FakeUnits.LIM, "1.001193", 3, 0), LIM_CHAIR);
        assertThrows(AccessDeniedException.class, () -> services.register().create(draft(FakeUnits.TIEN_DU,
                "1.000001", 3, 0), LIM_CHAIR));
        assertThrows(AccessDeniedException.class, () -> services.register().create(draft(FakeUnits.TIEN_DU,
                "1.000001", 3, 0), OVERSEER));

        assertEquals(List.of("1.001193"), services.register().procedures(FakeUnits.TIEN_DU, OVERSEER).stream()
                .map(Procedure::code).toList());
        assertEquals(List.of(), services.register().procedures(FakeUnits.TIEN_DU, LIM_CHAIR));
        assertEquals("procedure-review.procedure.created", audit.events().get(0).action());
    }

    @Test
    void anUpdateTakesTheVersionLastRead() {
        Procedure birth = procedure("1.001193", 5, 8000);
        Procedure changed = services.register().update(birth.id(), birth.version(), draft(FakeUnits.TIEN_DU,
                "1.001193", 3, 8000), KEEPER);
        assertEquals(3, changed.processingDays());
        assertThrows(OptimisticLockException.class, () -> services.register().update(birth.id(), birth.version(),
                draft(FakeUnits.TIEN_DU, "1.001193", 2, 8000), KEEPER));
        assertEquals("procedure-review.procedure.updated", audit.events().get(1).action());
    }
}
