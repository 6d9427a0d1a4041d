package org.danvan.identity.internal.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.OrgUnitName;
import org.danvan.identity.internal.model.UnitSuccession;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.junit.jupiter.api.Test;

/** The in-memory tree at the size of the whole country: ~71,000 units. */
class OrgUnitSnapshotTest {

    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    private long nextId = 1;

    private OrgUnit unit(String code, String name, String kind, Long parentId) throws ReflectiveOperationException {
        OrgUnit unit = new OrgUnit(code, name, kind, parentId, FROM);
        Field id = OrgUnit.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(unit, nextId++);
        return unit;
    }

    @Test
    void aCountrySizedTreeAnswersFromMemory() throws ReflectiveOperationException {
        List<OrgUnit> units = new ArrayList<>();
        List<OrgUnitName> names = new ArrayList<>();
        for (int p = 1; p <= 34; p++) {
            OrgUnit province = unit("P" + p, "Tỉnh " + p, OrgUnitKinds.PROVINCE, null);
            units.add(province);
            for (int c = 1; c <= 100; c++) {
                OrgUnit commune = unit("P" + p + "-" + c, "Xã " + c, OrgUnitKinds.COMMUNE, province.getId());
                units.add(commune);
                for (int v = 1; v <= 20; v++) {
                    units.add(unit("P" + p + "-" + c + "-" + v, "Thôn " + v, OrgUnitKinds.VILLAGE, commune.getId()));
                }
            }
        }
        OrgUnit retired = unit("OLD", "Xã Cũ", OrgUnitKinds.COMMUNE, 1L);
        retired.setValidTo(FROM.minusDays(1));
        units.add(retired);
        names.add(new OrgUnitName(2L, "Xã 1 (tên cũ)", FROM));
        names.add(new OrgUnitName(2L, "Xã 1", FROM.plusMonths(6)));

        long start = System.nanoTime();
        OrgUnitSnapshot snapshot = OrgUnitSnapshot.of(units, names,
                List.of(new UnitSuccession(retired.getId(), 2L, FROM)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(71_435, snapshot.size());
        assertEquals(34, snapshot.roots().size());
        assertEquals(100, snapshot.childCount(1));
        assertEquals(20, snapshot.childCount(2));
        assertEquals(List.of("Xã 1", "Xã 10", "Xã 100"),
                snapshot.children(1).stream().limit(3).map(OrgUnitInfo::name).toList());
        assertEquals(2_102, snapshot.subtree(1).size(), "province, 100 communes, 2,000 villages and the retired one");
        long village = snapshot.findByCode("P1-1-7").orElseThrow().id();
        assertTrue(snapshot.isWithin(village, Set.of(1L)));
        assertFalse(snapshot.isWithin(village, Set.of(snapshot.findByCode("P2").orElseThrow().id())));
        assertEquals(List.of("P1", "P1-1", "P1-1-7"), snapshot.path(village).stream().map(OrgUnitInfo::code).toList());
        assertEquals(List.of(2L), snapshot.currentSuccessors(retired.getId()).stream().map(OrgUnitInfo::id).toList());
        assertEquals("Xã 1 (tên cũ)", snapshot.nameOn(2, FROM.plusMonths(1)));
        assertEquals("Xã 1", snapshot.nameOn(2, FROM.plusMonths(7)));
        assertTrue(millis < 20_000, "built in " + millis + " ms");
    }
}
