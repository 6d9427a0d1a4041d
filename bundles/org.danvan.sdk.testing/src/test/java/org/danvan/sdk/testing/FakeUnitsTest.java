package org.danvan.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.junit.jupiter.api.Test;

class FakeUnitsTest {

    private final FakeUnits units = FakeUnits.sample();

    private static List<Long> ids(List<OrgUnitInfo> list) {
        return list.stream().map(OrgUnitInfo::id).toList();
    }

    @Test
    void theSampleIsAProvinceWithCommunesAndAVillage() {
        assertEquals(List.of(FakeUnits.PROVINCE), ids(units.roots()));
        assertEquals(List.of(FakeUnits.LIM, FakeUnits.TIEN_DU, FakeUnits.FRONT), ids(units.children(FakeUnits.PROVINCE)),
                "sorted by name");
        assertEquals(List.of(FakeUnits.PROVINCE, FakeUnits.TIEN_DU, FakeUnits.VILLAGE), ids(units.path(FakeUnits.VILLAGE)));
        assertEquals("Xã Tiên Du", units.findByCode("27-TD").orElseThrow().name());
    }

    @Test
    void mergesAndSplitsAreFollowedToTheCurrentUnits() {
        units.add(20, "27-A", "Xã A", OrgUnitKinds.COMMUNE, FakeUnits.PROVINCE)
                .add(21, "27-B", "Xã B", OrgUnitKinds.COMMUNE, FakeUnits.PROVINCE)
                .retire(FakeUnits.LIM, LocalDate.of(2026, 1, 1), 20)
                .retire(20, LocalDate.of(2026, 6, 1), 21, FakeUnits.TIEN_DU);
        assertEquals(List.of(21L, FakeUnits.TIEN_DU), ids(units.currentSuccessors(FakeUnits.LIM)));
        assertEquals(List.of(FakeUnits.TIEN_DU), ids(units.currentSuccessors(FakeUnits.TIEN_DU)));
        assertEquals(List.of(21L, FakeUnits.TIEN_DU, FakeUnits.FRONT), ids(units.children(FakeUnits.PROVINCE)),
                "retired units are no current children");
    }

    @Test
    void renamedUnitsKeepTheirFormerNamesByDay() {
        units.rename(FakeUnits.TIEN_DU, LocalDate.of(2026, 1, 1), "Phường Tiên Du");
        assertEquals("Xã Tiên Du", units.nameOn(FakeUnits.TIEN_DU, LocalDate.of(2025, 12, 31)));
        assertEquals("Phường Tiên Du", units.nameOn(FakeUnits.TIEN_DU, LocalDate.of(2026, 1, 1)));
        assertEquals("Phường Tiên Du", units.get(FakeUnits.TIEN_DU).name());
    }

    @Test
    void aParentMustExistFirst() {
        assertThrows(IllegalArgumentException.class, () -> units.add(99, "X", "X", OrgUnitKinds.VILLAGE, 98L));
        assertThrows(IllegalArgumentException.class, () -> units.add(FakeUnits.LIM, "X", "X", OrgUnitKinds.VILLAGE, null));
    }
}
