package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.PublicStatus;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.junit.jupiter.api.Test;

class StatusLookupTest {

    private static final String CODE = "ABCD2345WXYZ9";
    private static final PublicStatus STATUS = new PublicStatus(CaseKind.COMPLAINT_FIRST, CaseStatus.ACCEPTED,
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));

    private long now;
    private final FakeCases cases = new FakeCases();
    private final StatusLookup lookup = new StatusLookup(cases.service, new LookupLimiter(10, 100, () -> now));

    StatusLookupTest() {
        cases.byCode.put(CODE, STATUS);
    }

    @Test
    void aCodeAsPeopleTypeItFindsTheCase() {
        assertEquals(STATUS, lookup.lookUp("203.0.113.7", " abcd-2345 wxyz9"));
        assertEquals(List.of(CODE), cases.asked);
    }

    @Test
    void malformedAndUnknownCodesGetTheSameRefusal() {
        Violation malformed = refusal("203.0.113.7", "ABCD-2345-WXYZ0");
        Violation unknown = refusal("203.0.113.7", "ABCD-2345-WXYZ8");
        assertEquals(Violation.of(StatusLookup.FIELD, StatusLookup.NOT_FOUND), malformed);
        assertEquals(malformed, unknown);
        // the malformed one cost a database look-up too, with a well-formed decoy, so the timing is the same
        assertEquals(2, cases.asked.size());
        assertTrue(cases.asked.get(0).matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{13}"), cases.asked.toString());
        assertEquals("ABCD2345WXYZ8", cases.asked.get(1));
    }

    @Test
    void aMalformedCodeIsRefusedEvenIfItsDecoyHappenedToExist() {
        // a case engine that answers any code: the decoy's answer must still be thrown away
        StatusLookup anyCodeExists = new StatusLookup(answeringAnyCode(), new LookupLimiter(10, 100, () -> now));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> anyCodeExists.lookUp("203.0.113.7", "ABCD-2345-WXYZ0"));
        assertEquals(List.of(Violation.of(StatusLookup.FIELD, StatusLookup.NOT_FOUND)), refused.violations());
        assertEquals(STATUS, anyCodeExists.lookUp("203.0.113.7", "ABCD-2345-WXYZ8"));
    }

    private static org.danvan.cases.api.CaseService answeringAnyCode() {
        return (org.danvan.cases.api.CaseService) java.lang.reflect.Proxy.newProxyInstance(
                org.danvan.cases.api.CaseService.class.getClassLoader(),
                new Class<?>[] { org.danvan.cases.api.CaseService.class }, (proxy, method, args) -> {
                    if (method.getName().equals("publicStatus")) {
                        return java.util.Optional.of(STATUS);
                    }
                    throw new AssertionError("unexpected call " + method.getName());
                });
    }

    @Test
    void anEmptyFieldAsksForTheCodeAndCostsNothing() {
        for (int i = 0; i < 30; i++) {
            assertEquals(Violation.of(StatusLookup.FIELD, StatusLookup.REQUIRED), refusal("203.0.113.7", " - "));
        }
        assertEquals(STATUS, lookup.lookUp("203.0.113.7", CODE));
        assertEquals(List.of(CODE), cases.asked);
    }

    @Test
    void guessingIsSlowedDownWhateverTheGuessesLookLike() {
        for (int i = 0; i < 5; i++) {
            refusal("203.0.113.7", "not a code " + i);
            refusal("203.0.113.7", "ABCD-2345-WXY" + (i + 2) + "Z");
        }
        Violation tooMany = refusal("203.0.113.7", CODE);
        assertEquals(Violation.of(null, StatusLookup.TOO_MANY, 6L), tooMany);
        // even the right code waits, and the case engine was not asked: ten look-ups, malformed ones included
        assertEquals(10, cases.asked.size());

        assertEquals(STATUS, lookup.lookUp("198.51.100.20", CODE));
        now += 6_000_000_000L;
        assertEquals(STATUS, lookup.lookUp("203.0.113.7", CODE));
    }

    private Violation refusal(String address, String typed) {
        ValidationException refused = assertThrows(ValidationException.class, () -> lookup.lookUp(address, typed));
        assertEquals(1, refused.violations().size());
        return refused.violations().get(0);
    }
}
