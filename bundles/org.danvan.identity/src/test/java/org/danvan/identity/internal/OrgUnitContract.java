package org.danvan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.danvan.identity.api.NewUnit;
import org.danvan.identity.api.UnitChange;
import org.danvan.identity.api.UnitImportReport;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The org-unit tree: import, kinds, rename with history, merge and split with succession. */
abstract class OrgUnitContract extends IdentityContractBase {

    private static final String HEADER = "code,name,kind,parent_code,valid_from\r\n";

    private long units() {
        return store.read(em -> em.createQuery("SELECT COUNT(u) FROM OrgUnit u", Long.class).getSingleResult());
    }

    private List<String> childCodes(String code) {
        return f.directory.children(f.unitId(code)).stream().map(OrgUnitInfo::code).toList();
    }

    @Test
    void aValidCsvIsImportedWholeWithBomQuotesDiacriticsAndParentsFromEarlierLines() {
        seedDemo();
        long before = units();
        String csv = "\uFEFF" + HEADER
                + "24030,\"Xã Phật Tích, Tiên Du\",commune,24,2025-07-01\r\n"
                + "24030-01,Thôn Ngô Xá,village,24030,2025-07-01\r\n"
                + "24030-02,\"Thôn \"\"Đống Cao\"\"\",village,24030,\r\n"
                + "24030-MTTQ,Ủy ban Mặt trận Tổ quốc Việt Nam xã Phật Tích,fatherland-front,24030,2025-07-01\r\n"
                + "\r\n";
        UnitImportReport report = f.units.importCsv(f.principal("admin"), new StringReader(csv));
        assertTrue(report.accepted(), String.valueOf(report.errors()));
        assertEquals(4, report.linesRead());
        assertEquals(4, report.unitsCreated());
        assertEquals(before + 4, units());
        OrgUnitInfo commune = f.directory.findByCode("24030").orElseThrow();
        assertEquals("Xã Phật Tích, Tiên Du", commune.name());
        assertEquals(List.of("24030-02", "24030-01", "24030-MTTQ"), childCodes("24030"),
                "children sorted by Vietnamese name: Thôn \"Đống Cao\", Thôn Ngô Xá, Ủy ban...");
        assertEquals("Thôn \"Đống Cao\"", f.directory.findByCode("24030-02").orElseThrow().name());
        assertEquals(LocalDate.of(2026, 3, 2), f.directory.findByCode("24030-02").orElseThrow().validFrom(),
                "an empty date is today (Vietnam)");
        assertEquals(1, f.audit.events("identity.unit.imported").size());
        assertEquals("4", f.audit.events("identity.unit.imported").get(0).details().get("created"));
    }

    @Test
    void aCsvWithAnyWrongLineIsRefusedWholeWithEveryProblemReportedAndNothingStored() {
        seedDemo();
        long before = units();
        String csv = HEADER
                + "24040,Xã Mới,commune,24,2025-07-01\n"                   // 2 fine
                + "24040,Xã Trùng Mã,commune,24,2025-07-01\n"              // 3 duplicate within the file
                + "24003,Xã Tiên Du,commune,24,2025-07-01\n"               // 4 duplicate with the database
                + "24041-01,Thôn Lạc,village,99999,2025-07-01\n"           // 5 unknown parent
                + "24042,Xã Lạ,hamlet,24,2025-07-01\n"                     // 6 bad kind
                + "24043,Thôn Sai Cấp,village,24,2025-07-01\n"             // 7 village under a province
                + "24044,Xã Ngày Sai,commune,24,2025-02-30\n"              // 8 bad date
                + "24045,,commune,24,2025-07-01\n"                         // 9 missing name
                + "24046,Xã Thiếu Cột,commune,24\n"                        // 10 wrong column count
                + "24047,Xã Phẩy, Thừa,commune,24,2025-07-01\n"            // 11 unquoted comma: six columns
                + "24048,\"Xã Ngoặc,commune,24,2025-07-01\n";              // 12 unclosed quote
        UnitImportReport report = f.units.importCsv(f.principal("admin"), new StringReader(csv));
        assertFalse(report.accepted());
        assertEquals(0, report.unitsCreated());
        Map<Integer, String> byLine = new TreeMap<>();
        report.errors().forEach(e -> byLine.merge(e.line(), e.violation().messageKey(), (a, b) -> a + "+" + b));
        assertEquals(Map.of(3, "identity.import.code.duplicate", 4, "identity.unit.code.taken",
                5, "identity.unit.parent.unknown", 6, "identity.unit.kind.invalid",
                7, "identity.unit.parent.not-allowed", 8, "identity.unit.valid-from.invalid",
                9, "identity.unit.name.invalid", 10, "identity.import.columns", 11, "identity.import.columns",
                12, "identity.import.quote.unclosed"), byLine);
        assertEquals("line 3: code", report.errors().stream().filter(e -> e.line() == 3).findFirst().orElseThrow()
                .violation().field());
        assertEquals(before, units(), "nothing stored");
        assertTrue(f.directory.findByCode("24040").isEmpty());
        assertTrue(f.audit.events("identity.unit.imported").isEmpty());

        UnitImportReport noHeader = f.units.importCsv(f.principal("admin"), new StringReader("24050,Xã,commune,24,\n"));
        assertEquals("identity.import.header.invalid", noHeader.errors().get(0).violation().messageKey());
    }

    @Test
    void importingUnderAUnitTheActorDoesNotManageIsDenied() {
        seedDemo();
        assertThrows(AccessDeniedException.class, () -> f.units.importCsv(f.principal("chutich.tiendu"),
                new StringReader(HEADER + "24003-04,Thôn Mới,village,24003,2025-07-01\n")));
        assertTrue(f.directory.findByCode("24003-04").isEmpty());
    }

    @Test
    void kindsMayHangOnlyUnderTheirAllowedParents() {
        seedDemo();
        UserPrincipal admin = f.principal("admin");
        ValidationException village = assertThrows(ValidationException.class, () -> f.units.create(admin,
                new NewUnit("24-X1", "Thôn Lạc Chỗ", OrgUnitKinds.VILLAGE, "24", LocalDate.of(2026, 1, 1))));
        assertEquals(Set.of("identity.unit.parent.not-allowed"), keys(village));
        ValidationException province = assertThrows(ValidationException.class, () -> f.units.create(admin,
                new NewUnit("25", "Tỉnh Con", OrgUnitKinds.PROVINCE, "24", LocalDate.of(2026, 1, 1))));
        assertEquals(Set.of("identity.unit.parent.forbidden"), keys(province));
        ValidationException union = assertThrows(ValidationException.class, () -> f.units.create(admin,
                new NewUnit("24003-01-PN", "Chi hội Phụ nữ thôn", OrgUnitKinds.WOMENS_UNION, "24003-01",
                        LocalDate.of(2026, 1, 1))));
        assertEquals(Set.of("identity.unit.parent.not-allowed"), keys(union));
        OrgUnitInfo street = f.units.create(admin, new NewUnit("24001-04", "Tổ dân phố số 4",
                OrgUnitKinds.STREET_GROUP, "24001", LocalDate.of(2026, 1, 1)));
        assertEquals(f.unitId("24001"), street.parentId());
        assertEquals(List.of("Tỉnh Bắc Ninh", "Phường Kinh Bắc", "Tổ dân phố số 4"),
                f.directory.path(street.id()).stream().map(OrgUnitInfo::name).toList());
        assertEquals(1, f.audit.events("identity.unit.created").size());
    }

    @Test
    void aRenameKeepsTheOldNameForTheDaysBeforeIt() {
        seedDemo();
        long id = f.unitId("24001-01");
        LocalDate renamedOn = LocalDate.of(2026, 1, 1);
        f.units.rename(f.principal("admin"), id, "Tổ dân phố Vệ An", renamedOn, "Nghị quyết 12/NQ-HĐND");
        assertEquals("Tổ dân phố Vệ An", f.directory.find(id).orElseThrow().name());
        assertEquals("Tổ dân phố số 1", f.directory.nameOn(id, renamedOn.minusDays(1)));
        assertEquals("Tổ dân phố Vệ An", f.directory.nameOn(id, renamedOn));
        UnitChange rename = f.units.history(id).get(1);
        assertEquals(UnitChange.Kind.RENAME, rename.kind());
        assertEquals("Tổ dân phố số 1", rename.oldName());
        assertEquals("Nghị quyết 12/NQ-HĐND", rename.decision());
        ValidationException earlier = assertThrows(ValidationException.class, () -> f.units.rename(
                f.principal("admin"), id, "Tên khác", renamedOn.minusDays(10), null));
        assertEquals(Set.of("identity.unit.effective-date.invalid"), keys(earlier));
        assertEquals("Tổ dân phố Vệ An", f.audit.events("identity.unit.renamed").get(0).details().get("newName"));
    }

    @Test
    void aMergeRetiresThePredecessorsMovesTheirChildrenAndKeepsTheirRecordsWithTheSuccessor() {
        seedDemo(permission("case.resolve", "commune-chair", "case-handler"));
        UserPrincipal admin = f.principal("admin");
        long yenPhong = f.unitId("24004");
        long lucNgan = f.unitId("24012");
        LocalDate on = LocalDate.of(2026, 7, 1);
        OrgUnitInfo merged = f.units.merge(admin, List.of(yenPhong, lucNgan),
                new NewUnit("24050", "Xã Yên Lục", OrgUnitKinds.COMMUNE, "24", null), null, on, "NQ 99/NQ-UBTVQH15");
        assertEquals(on, merged.validFrom());
        OrgUnitInfo retired = f.directory.find(yenPhong).orElseThrow();
        assertEquals(on.minusDays(1), retired.validTo());
        assertEquals(List.of(merged.id()), retired.successorIds());
        assertEquals(List.of(merged), f.directory.currentSuccessors(lucNgan));
        assertEquals(Set.of("24004-01", "24004-02", "24004-MTTQ", "24012-01", "24012-02"),
                Set.copyOf(childCodes("24050")));
        assertEquals(5, f.directory.childCount(merged.id()));
        assertEquals(0, f.directory.childCount(yenPhong));
        assertFalse(f.directory.children(f.unitId("24")).stream().anyMatch(u -> u.id() == yenPhong),
                "a retired unit is no longer among the current children");

        // the new commune's staff handle the records of both old communes; Tiên Du's staff do not
        var chair = f.users.create(admin, new org.danvan.identity.api.UserDraft("chutich.yenluc", "Ngô Văn Khải",
                null, null, List.of(merged.id())), "Xuân-Hạ-Thu-Đông".toCharArray());
        f.roles.assign(admin, chair.id(), "commune-chair", merged.id());
        UserPrincipal newChair = f.principal("chutich.yenluc");
        assertTrue(f.access.isPermitted(newChair, "case.resolve", yenPhong));
        assertTrue(f.access.isPermitted(newChair, "case.resolve", lucNgan));
        assertTrue(f.access.isPermitted(newChair, "case.resolve", f.unitId("24012-01")), "a moved village");
        assertFalse(f.access.isPermitted(f.principal("chutich.tiendu"), "case.resolve", yenPhong));
        assertTrue(f.access.scope(newChair, "case.resolve").covers(yenPhong));

        List<UnitChange> history = f.units.history(yenPhong);
        assertEquals(List.of(UnitChange.Kind.CREATE, UnitChange.Kind.MERGE),
                history.stream().map(UnitChange::kind).toList());
        assertEquals(List.of(yenPhong, lucNgan), history.get(1).predecessorIds());
        assertEquals(List.of(merged.id()), history.get(1).successorIds());
        assertEquals("NQ 99/NQ-UBTVQH15", history.get(1).decision());

        ValidationException again = assertThrows(ValidationException.class, () -> f.units.merge(admin,
                List.of(yenPhong, f.unitId("24003")), null, f.unitId("24003"), on.plusDays(1), null));
        assertEquals(Set.of("identity.unit.retired"), keys(again));
        assertEquals(1, f.audit.events("identity.unit.merged").size());
    }

    @Test
    void aMergeIntoAKeptUnitLeavesItCurrent() {
        seedDemo();
        long kinhBac = f.unitId("24001");
        long bacGiang = f.unitId("24010");
        OrgUnitInfo kept = f.units.merge(f.principal("admin"), List.of(kinhBac, bacGiang), null, kinhBac,
                LocalDate.of(2026, 7, 1), null);
        assertEquals(kinhBac, kept.id());
        assertTrue(kept.isCurrent());
        assertFalse(f.directory.find(bacGiang).orElseThrow().isCurrent());
        assertTrue(childCodes("24001").containsAll(List.of("24010-01", "24010-02", "24001-01")));
        ValidationException mismatch = assertThrows(ValidationException.class, () -> f.units.merge(
                f.principal("admin"), List.of(kinhBac, f.unitId("24001-01")), null, kinhBac,
                LocalDate.of(2026, 8, 1), null));
        assertEquals(Set.of("identity.unit.merge.kind-mismatch"), keys(mismatch));
    }

    @Test
    void aSplitCreatesTheSuccessorsAndMovesEachChildWhereItIsSent() {
        seedDemo();
        UserPrincipal admin = f.principal("admin");
        long tuSon = f.unitId("24002");
        LocalDate on = LocalDate.of(2026, 7, 1);
        List<NewUnit> successors = List.of(
                new NewUnit("24021", "Phường Từ Sơn", OrgUnitKinds.WARD, "24", null),
                new NewUnit("24022", "Phường Đồng Kỵ", OrgUnitKinds.WARD, "24", null));

        ValidationException wrongChild = assertThrows(ValidationException.class, () -> f.units.split(admin, tuSon,
                successors, Map.of(f.unitId("24003-01"), 1), on, null));
        assertEquals(Set.of("identity.unit.split.child-invalid"), keys(wrongChild));
        assertTrue(f.directory.findByCode("24021").isEmpty(), "nothing stored");

        List<OrgUnitInfo> created = f.units.split(admin, tuSon, successors, Map.of(f.unitId("24002-02"), 1), on,
                "NQ 100/NQ-UBTVQH15");
        assertEquals(List.of("24021", "24022"), created.stream().map(OrgUnitInfo::code).toList());
        assertEquals(Set.of("24002-01", "24002-MTTQ"), Set.copyOf(childCodes("24021")));
        assertEquals(List.of("24002-02"), childCodes("24022"));
        OrgUnitInfo ended = f.directory.find(tuSon).orElseThrow();
        assertEquals(on.minusDays(1), ended.validTo());
        assertEquals(Set.copyOf(created), Set.copyOf(f.directory.currentSuccessors(tuSon)));
        UnitChange split = f.units.history(tuSon).get(1);
        assertEquals(UnitChange.Kind.SPLIT, split.kind());
        assertEquals(created.stream().map(OrgUnitInfo::id).toList(), split.successorIds());
        assertEquals("Phường Từ Sơn", f.directory.nameOn(tuSon, on.minusDays(1)));
        assertEquals(1, f.audit.events("identity.unit.split").size());
    }
}
