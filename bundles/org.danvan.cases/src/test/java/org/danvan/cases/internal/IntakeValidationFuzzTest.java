package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the intake validation with whatever a form or the REST API could send: every request is either accepted or
 * refused with violations that name a field and a translation key of the case engine; nothing else is thrown.
 * Seeds in {@code IntakeValidationFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see the bundle README).
 */
class IntakeValidationFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final TestOrgUnits UNITS = new TestOrgUnits();

    @FuzzTest(maxDuration = "60s")
    void anIntakeIsAcceptedOrRefusedWithFieldMessages(FuzzedDataProvider data) {
        long unitId = data.consumeLong(-1, 6);
        CaseKind kind = data.consumeBoolean() ? null : data.pickValue(CaseKind.values());
        Channel channel = data.consumeBoolean() ? null : data.pickValue(Channel.values());
        String forwardedBy = text(data, 300);
        List<PersonData> petitioners = new ArrayList<>();
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count; i++) {
            petitioners.add(new PersonData(text(data, 300), text(data, 600), text(data, 30), text(data, 30),
                    text(data, 300), text(data, 600)));
        }
        boolean group = data.consumeBoolean();
        int people = data.consumeInt();
        String concerned = text(data, 600);
        LocalDate received = data.consumeBoolean() ? null : TODAY.plusDays(data.consumeInt(-20_000, 20_000));
        String sourceType = text(data, 40);
        String sourceId = text(data, 80);
        String content = data.consumeRemainingAsString();
        IntakeRequest request = new IntakeRequest(unitId, kind, channel, forwardedBy, petitioners, group, people,
                concerned, content, received, sourceType, sourceId);
        try {
            IntakeValidator.check(request, UNITS, TODAY);
        } catch (ValidationException refused) {
            assertFalse(refused.violations().isEmpty());
            for (Violation violation : refused.violations()) {
                assertTrue(violation.messageKey().startsWith("case.error."), violation.toString());
                assertTrue(violation.field() != null && !violation.field().isBlank(), violation.toString());
            }
        }
    }

    private static String text(FuzzedDataProvider data, int max) {
        return data.consumeBoolean() ? null : data.consumeString(max);
    }
}
