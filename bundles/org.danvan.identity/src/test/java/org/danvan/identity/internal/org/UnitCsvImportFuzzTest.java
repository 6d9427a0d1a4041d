package org.danvan.identity.internal.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.danvan.identity.api.UnitImportReport;
import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.platform.api.org.OrgUnitKinds;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the CSV import of org units ({@code danvan:unit-import} and the Units screen): any file is planned as a
 * whole or refused with line-numbered messages of the identity bundle — all or nothing, never both lines to create
 * and errors, never an exception. Seeds in {@code UnitCsvImportFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see the
 * bundle README).
 */
class UnitCsvImportFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final OrgUnitSnapshot TREE = tree();

    @FuzzTest(maxDuration = "60s")
    void aFileIsPlannedWhollyOrRefusedLineByLine(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        UnitCsvImport.Plan plan = UnitCsvImport.plan(new StringReader(text), TREE, TODAY);
        List<UnitImportReport.LineError> errors = plan.report().errors();
        if (errors.isEmpty()) {
            assertEquals(plan.lines().size(), plan.report().unitsCreated(), "a clean plan creates every line");
            for (UnitCsvImport.Line line : plan.lines()) {
                assertTrue(line.code() != null && !line.code().isBlank() && line.name() != null
                        && !line.name().isBlank() && line.validFrom() != null, line.toString());
            }
        } else {
            assertEquals(List.of(), plan.lines(), "all or nothing: a refused file plans no unit");
            for (UnitImportReport.LineError error : errors) {
                assertTrue(error.line() >= 0 && error.violation().messageKey().startsWith("identity."),
                        error.toString());
            }
        }
    }

    private static OrgUnitSnapshot tree() {
        try {
            OrgUnit province = unit(1, "24", "Tỉnh Bắc Ninh", OrgUnitKinds.PROVINCE, null);
            OrgUnit commune = unit(2, "24003", "Xã Tiên Du", OrgUnitKinds.COMMUNE, 1L);
            return OrgUnitSnapshot.of(List.of(province, commune), List.of(), List.of());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OrgUnit unit(long id, String code, String name, String kind, Long parentId)
            throws ReflectiveOperationException {
        OrgUnit unit = new OrgUnit(code, name, kind, parentId, LocalDate.of(2025, 7, 1));
        Field field = OrgUnit.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(unit, id);
        return unit;
    }
}
