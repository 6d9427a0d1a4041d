package org.danvan.reports.internal;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * A province with three communes (one with a village below it) and a set of cases, behind the three platform
 * interfaces the report engine uses. The case engine's own persistence tests cover {@code periodCounts} against
 * H2 and MariaDB; here the counts follow the same definition over cases held in a list, so that each test knows
 * exactly which figures to expect in the report and in the files.
 */
final class ReportFixture {

    static final long PROVINCE = 1;
    static final long BA_DINH = 2;
    static final long HOAN_KIEM = 3;
    static final long DONG_DA = 4;
    static final long VILLAGE = 5;
    static final String PROVINCE_NAME = "Tỉnh Hà Giang Thử Nghiệm";

    record Case(long unitId, LocalDate received, LocalDate accepted, LocalDate resolved, boolean late,
            LocalDate finished) {
    }

    final Map<Long, OrgUnitInfo> units = new TreeMap<>();
    final List<Case> cases = new ArrayList<>();
    final Set<Long> permittedUnits = new HashSet<>();
    final AtomicInteger calls = new AtomicInteger();
    /** Cases recorded just before the third {@code periodCounts} call answers, once. */
    final List<Case> arrivingDuringReport = new ArrayList<>();
    final UserPrincipal user = new UserPrincipal(7, "lanhdao", "Nguyễn Văn Lãnh", PROVINCE, PROVINCE_NAME,
            Set.of(CasePermissions.VIEW));

    ReportFixture() {
        unit(PROVINCE, "01", PROVINCE_NAME, null);
        unit(BA_DINH, "00004", "Phường Ba Đình", PROVINCE);
        unit(HOAN_KIEM, "00037", "Phường Hoàn Kiếm", PROVINCE);
        unit(DONG_DA, "00091", "Xã Đống Đa", PROVINCE);
        unit(VILLAGE, "00091-1", "Thôn Đông", DONG_DA);
        permittedUnits.addAll(units.keySet());
    }

    private void unit(long id, String code, String name, Long parent) {
        units.put(id, new OrgUnitInfo(id, code, name, parent == null ? "province" : "commune", parent,
                LocalDate.of(2025, 7, 1), null, List.of()));
    }

    void add(long unitId, String received, String accepted, String resolved, boolean late) {
        LocalDate resolvedOn = resolved == null ? null : LocalDate.parse(resolved);
        cases.add(new Case(unitId, LocalDate.parse(received), accepted == null ? null : LocalDate.parse(accepted),
                resolvedOn, late, resolvedOn));
    }

    ReportEngine engine() {
        return new ReportEngine(caseService(), directory(), access(),
                Clock.fixed(LocalDate.of(2026, 4, 2).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    Set<Long> subtree(long unitId) {
        Set<Long> ids = new HashSet<>(Set.of(unitId));
        for (OrgUnitInfo child : children(unitId)) {
            ids.addAll(subtree(child.id()));
        }
        return ids;
    }

    List<OrgUnitInfo> children(long id) {
        return units.values().stream().filter(u -> Long.valueOf(id).equals(u.parentId()))
                .sorted(java.util.Comparator.comparing(OrgUnitInfo::name)).toList();
    }

    /** The definition of {@link PeriodCounts}, over the listed cases. */
    PeriodCounts counts(long unitId, LocalDate from, LocalDate to) {
        Set<Long> tree = subtree(unitId);
        long received = 0;
        long accepted = 0;
        long onTime = 0;
        long late = 0;
        long pending = 0;
        for (Case c : cases) {
            if (!tree.contains(c.unitId())) {
                continue;
            }
            received += within(c.received(), from, to) ? 1 : 0;
            accepted += within(c.accepted(), from, to) ? 1 : 0;
            onTime += within(c.resolved(), from, to) && !c.late() ? 1 : 0;
            late += within(c.resolved(), from, to) && c.late() ? 1 : 0;
            pending += !c.received().isAfter(to) && (c.finished() == null || c.finished().isAfter(to)) ? 1 : 0;
        }
        return new PeriodCounts(received, accepted, onTime, late, pending);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private CaseService caseService() {
        return (CaseService) Proxy.newProxyInstance(CaseService.class.getClassLoader(),
                new Class<?>[] { CaseService.class }, (proxy, method, args) -> {
                    if (!method.getName().equals("periodCounts")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    long unitId = (Long) args[1];
                    access().check((UserPrincipal) args[0], CasePermissions.VIEW, unitId);
                    if (calls.incrementAndGet() == 3 && !arrivingDuringReport.isEmpty()) {
                        cases.addAll(arrivingDuringReport);
                        arrivingDuringReport.clear();
                    }
                    return counts(unitId, (LocalDate) args[2], (LocalDate) args[3]);
                });
    }

    private OrgUnitDirectory directory() {
        return new OrgUnitDirectory() {
            @Override
            public Optional<OrgUnitInfo> find(long id) {
                return Optional.ofNullable(units.get(id));
            }

            @Override
            public Optional<OrgUnitInfo> findByCode(String code) {
                return units.values().stream().filter(u -> u.code().equals(code)).findFirst();
            }

            @Override
            public List<OrgUnitInfo> roots() {
                return List.of(units.get(PROVINCE));
            }

            @Override
            public List<OrgUnitInfo> children(long id) {
                return ReportFixture.this.children(id);
            }

            @Override
            public int childCount(long id) {
                return children(id).size();
            }

            @Override
            public List<OrgUnitInfo> currentSuccessors(long id) {
                return List.of(units.get(id));
            }

            @Override
            public String nameOn(long id, LocalDate day) {
                return units.get(id).name();
            }

            @Override
            public List<OrgUnitInfo> path(long id) {
                List<OrgUnitInfo> path = new ArrayList<>();
                for (OrgUnitInfo u = units.get(id); u != null; u = u.parentId() == null ? null
                        : units.get(u.parentId())) {
                    path.add(0, u);
                }
                return path;
            }
        };
    }

    private AccessControl access() {
        return new AccessControl() {
            @Override
            public boolean isPermitted(UserPrincipal who, String permission, long unitId) {
                return CasePermissions.VIEW.equals(permission) && permittedUnits.contains(unitId);
            }

            @Override
            public boolean isPermittedSomewhere(UserPrincipal who, String permission) {
                return !permittedUnits.isEmpty();
            }

            @Override
            public AccessScope scope(UserPrincipal who, String permission) {
                return AccessScope.of(permittedUnits);
            }
        };
    }
}
