package org.danvan.reception.ui.internal.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;

/** A province (1) with one commune (12). */
public final class FakeUnits implements OrgUnitDirectory {

    public static final OrgUnitInfo PROVINCE = new OrgUnitInfo(1, "27", "Tỉnh Bắc Ninh", "province", null,
            LocalDate.of(2025, 7, 1), null, List.of());
    public static final OrgUnitInfo COMMUNE = new OrgUnitInfo(12, "27-TD", "Xã Tiên Du", "commune", 1L,
            LocalDate.of(2025, 7, 1), null, List.of());

    @Override
    public Optional<OrgUnitInfo> find(long id) {
        return id == 1 ? Optional.of(PROVINCE) : id == 12 ? Optional.of(COMMUNE) : Optional.empty();
    }

    @Override
    public Optional<OrgUnitInfo> findByCode(String code) {
        return "27".equals(code) ? Optional.of(PROVINCE) : "27-TD".equals(code) ? Optional.of(COMMUNE) : Optional.empty();
    }

    @Override
    public List<OrgUnitInfo> roots() {
        return List.of(PROVINCE);
    }

    @Override
    public List<OrgUnitInfo> children(long id) {
        return id == 1 ? List.of(COMMUNE) : List.of();
    }

    @Override
    public int childCount(long id) {
        return children(id).size();
    }

    @Override
    public List<OrgUnitInfo> currentSuccessors(long id) {
        return find(id).map(List::of).orElse(List.of());
    }

    @Override
    public String nameOn(long id, LocalDate day) {
        return find(id).map(OrgUnitInfo::name).orElse("?");
    }

    @Override
    public List<OrgUnitInfo> path(long id) {
        return id == 12 ? List.of(PROVINCE, COMMUNE) : find(id).map(List::of).orElse(List.of());
    }
}
