package org.danvan.identity.ui.internal.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.danvan.identity.api.UnitChange;
import org.danvan.identity.api.UnitImportReport;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.Translate;
import org.junit.jupiter.api.Test;

/** Texts of the unit screen that need no browser: history lines, the import report, default kinds. */
class UnitTextsTest {

    private static final Translate TRANSLATE = (key, params) -> key + Arrays.toString(params);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    @Test
    void historyLinesNameTheUnitsConcerned() {
        UnitChange merge = new UnitChange(UnitChange.Kind.MERGE, JULY_1, List.of(1L, 2L), List.of(3L), null, null,
                "Nghị quyết 1658/NQ-UBTVQH15");
        assertEquals("identity.ui.unit.change.merge[Xã A, Xã B, Xã C]",
                UnitHistoryText.describe(merge, (id, day) -> Names.name(id), TRANSLATE));
        // names as they were: unit 3 was renamed later, unit 1 bore another name before the merger
        UnitHistoryText.NameOn history = (id, day) -> id == 3 && day.isAfter(JULY_1) ? "Xã Tiên Du"
                : id == 1 && day.isBefore(JULY_1) ? "Xã Liên Bão" : Names.name(id);
        assertEquals("identity.ui.unit.change.merge[Xã Liên Bão, Xã B, Xã C]",
                UnitHistoryText.describe(merge, history, TRANSLATE));
        UnitChange rename = new UnitChange(UnitChange.Kind.RENAME, JULY_1, List.of(3L), List.of(3L), "Xã C",
                "Xã Tiên Du", null);
        assertEquals("identity.ui.unit.change.rename[Xã C, Xã Tiên Du]",
                UnitHistoryText.describe(rename, (id, day) -> Names.name(id), TRANSLATE));
        assertEquals("identity.ui.unit.change.create[]", UnitHistoryText.describe(
                new UnitChange(UnitChange.Kind.CREATE, JULY_1, List.of(), List.of(3L), null, null, null),
                (id, day) -> Names.name(id), TRANSLATE));
    }

    @Test
    void predecessorsComeFromTheMergesAndSplitsThatFormedTheUnit() {
        List<UnitChange> history = List.of(
                new UnitChange(UnitChange.Kind.CREATE, JULY_1.minusYears(5), List.of(), List.of(1L), null, null, null),
                new UnitChange(UnitChange.Kind.MERGE, JULY_1, List.of(1L, 2L), List.of(1L), null, null, null),
                new UnitChange(UnitChange.Kind.SPLIT, JULY_1, List.of(9L), List.of(1L, 8L), null, null, null));
        assertEquals(List.of(2L, 9L), UnitHistoryText.predecessorsOf(1L, history));
        assertEquals(List.of(), UnitHistoryText.predecessorsOf(5L, history));
    }

    @Test
    void theImportReportShowsLineColumnAndTranslatedProblem() {
        UnitImportReport report = new UnitImportReport(3, 0, List.of(
                new UnitImportReport.LineError(2, Violation.of("line 2: parent_code", "identity.unit.parent.unknown",
                        "BN-XX")),
                new UnitImportReport.LineError(4, Violation.of("line 4", "identity.unit.import.columns", 5))));
        assertEquals(List.of(new ImportReportRows.Row(2, "parent_code", "identity.unit.parent.unknown[BN-XX]"),
                new ImportReportRows.Row(4, "", "identity.unit.import.columns[5]")),
                ImportReportRows.rows(report, TRANSLATE));
        assertEquals(2, ImportReportRows.refusedLines(new UnitImportReport(3, 0, List.of(
                new UnitImportReport.LineError(3, Violation.of("line 3: code", "a")),
                new UnitImportReport.LineError(3, Violation.of("line 3: parent_code", "b")),
                new UnitImportReport.LineError(5, Violation.of("line 5", "c"))))), "two lines, three problems");
        assertEquals("", ImportReportRows.columnOf(null));
        assertEquals("code", ImportReportRows.columnOf("code"));
    }

    @Test
    void theUsualChildKindIsProposed() {
        assertEquals(OrgUnitKinds.COMMUNE, CreateChildDialog.likelyChildKind(OrgUnitKinds.PROVINCE));
        assertEquals(OrgUnitKinds.VILLAGE, CreateChildDialog.likelyChildKind(OrgUnitKinds.COMMUNE));
        assertEquals(OrgUnitKinds.STREET_GROUP, CreateChildDialog.likelyChildKind(OrgUnitKinds.WARD));
        assertNull(CreateChildDialog.likelyChildKind(OrgUnitKinds.VILLAGE));
    }

    /** Names of the units in these examples. */
    private static final class Names {
        static String name(long id) {
            return switch ((int) id) {
                case 1 -> "Xã A";
                case 2 -> "Xã B";
                case 3 -> "Xã C";
                default -> "#" + id;
            };
        }
    }
}
