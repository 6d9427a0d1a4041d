package org.danvan.dashboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessScope;
import org.junit.jupiter.api.Test;

class UnitChoicesTest {

    private final TreeOfUnits directory = new TreeOfUnits();

    private static List<Long> ids(List<OrgUnitInfo> units) {
        return units.stream().map(OrgUnitInfo::id).toList();
    }

    @Test
    void aProvinceWideUserChoosesAmongTheWholeTreeParentsFirst() {
        List<OrgUnitInfo> choices = UnitChoices.of(directory, AccessScope.all());
        // children sorted by name: Phường Kinh Bắc before Xã Tiên Du; the retired commune is not offered
        assertEquals(List.of(1L, 13L, 12L), ids(choices));
    }

    @Test
    void aCommuneUserChoosesOnlyTheCurrentUnitsOfTheScope() {
        List<OrgUnitInfo> choices = UnitChoices.of(directory, AccessScope.of(Set.of(12L, 14L)));
        assertEquals(List.of(12L), ids(choices));
    }

    @Test
    void withoutTheRightThereIsNothingToChoose() {
        assertTrue(UnitChoices.of(directory, AccessScope.none()).isEmpty());
    }

    @Test
    void theUsersOwnUnitComesFirstWhenItCanBeChosen() {
        List<OrgUnitInfo> choices = UnitChoices.of(directory, AccessScope.all());
        assertEquals(12L, UnitChoices.preferred(choices, 12L).orElseThrow().id());
        assertEquals(1L, UnitChoices.preferred(choices, 99L).orElseThrow().id());
        assertEquals(1L, UnitChoices.preferred(choices, null).orElseThrow().id());
        assertTrue(UnitChoices.preferred(List.of(), 12L).isEmpty());
    }
}
