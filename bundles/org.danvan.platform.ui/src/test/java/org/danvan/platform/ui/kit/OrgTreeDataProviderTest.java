package org.danvan.platform.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;

/**
 * The tree stays fast with thousands of villages because it reads a level only when it is opened, once, and never
 * asks whether a village has children.
 */
class OrgTreeDataProviderTest {

    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    /** A province with 3 communes of 2,000 villages each, counting what is read. */
    private static final class CountingDirectory implements OrgUnitDirectory {
        final Map<Long, List<OrgUnitInfo>> children = new HashMap<>();
        final Map<Long, Integer> childrenCalls = new HashMap<>();
        int childCountCalls;
        int rootCalls;
        final OrgUnitInfo province = new OrgUnitInfo(1, "BN", "Tỉnh Bắc Ninh", OrgUnitKinds.PROVINCE, null, START,
                null, List.of());

        CountingDirectory() {
            List<OrgUnitInfo> communes = new ArrayList<>();
            for (long c = 10; c < 13; c++) {
                OrgUnitInfo commune = new OrgUnitInfo(c, "BN-" + c, "Xã " + c, OrgUnitKinds.COMMUNE, 1L, START, null,
                        List.of());
                communes.add(commune);
                List<OrgUnitInfo> villages = new ArrayList<>();
                for (long v = 0; v < 2000; v++) {
                    long id = c * 10_000 + v;
                    villages.add(new OrgUnitInfo(id, "V" + id, "Thôn " + v, OrgUnitKinds.VILLAGE, c, START, null,
                            List.of()));
                }
                children.put(c, villages);
            }
            children.put(1L, communes);
        }

        @Override
        public Optional<OrgUnitInfo> find(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<OrgUnitInfo> findByCode(String code) {
            return Optional.empty();
        }

        @Override
        public List<OrgUnitInfo> roots() {
            rootCalls++;
            return List.of(province);
        }

        @Override
        public List<OrgUnitInfo> children(long id) {
            childrenCalls.merge(id, 1, Integer::sum);
            return children.getOrDefault(id, List.of());
        }

        @Override
        public int childCount(long id) {
            childCountCalls++;
            return children.getOrDefault(id, List.of()).size();
        }

        @Override
        public List<OrgUnitInfo> currentSuccessors(long id) {
            return List.of();
        }

        @Override
        public String nameOn(long id, LocalDate day) {
            return "";
        }

        @Override
        public List<OrgUnitInfo> path(long id) {
            return List.of();
        }
    }

    private final CountingDirectory directory = new CountingDirectory();
    private final OrgTreeDataProvider tree = new OrgTreeDataProvider(directory);

    private List<OrgUnitInfo> page(OrgUnitInfo parent, int offset, int limit) {
        return tree.fetchChildren(new HierarchicalQuery<>(offset, limit, List.of(), null, null, parent)).toList();
    }

    private int count(OrgUnitInfo parent) {
        return tree.getChildCount(new HierarchicalQuery<>(null, parent));
    }

    @Test
    void openingTheTreeReadsOnlyTheRoots() {
        assertEquals(List.of(directory.province), page(null, 0, 50));
        assertEquals(1, count(null));
        assertEquals(1, directory.rootCalls);
        assertTrue(directory.childrenCalls.isEmpty());
    }

    @Test
    void aLevelIsReadOnceHoweverManyPagesTheGridAsksFor() {
        OrgUnitInfo commune = directory.children.get(1L).get(0);
        assertEquals(2000, count(commune));
        List<OrgUnitInfo> second = page(commune, 50, 50);
        assertEquals(50, second.size());
        assertEquals("Thôn 50", second.get(0).name());
        assertEquals(50, page(commune, 1950, 100).size());
        assertEquals(1, directory.childrenCalls.get(commune.id()));
    }

    @Test
    void villagesAreLeavesWithoutAQuery() {
        OrgUnitInfo village = directory.children.get(10L).get(7);
        assertFalse(tree.hasChildren(village));
        assertEquals(0, directory.childCountCalls);
        assertTrue(tree.hasChildren(directory.province));
    }

    @Test
    void afterAChangeTheOpenLevelsAreReadAgain() {
        assertEquals(3, count(directory.province));
        directory.children.put(1L, directory.children.get(1L).subList(0, 2));
        assertEquals(3, count(directory.province), "kept until refreshed");
        tree.refreshAll();
        assertEquals(2, count(directory.province));
        assertEquals(2, directory.childrenCalls.get(1L));
        assertEquals(11L, tree.getId(page(directory.province, 0, 10).get(1)));
    }
}
