package org.danvan.identity.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.danvan.identity.api.Roles;
import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.OrgUnitKind;
import org.danvan.identity.internal.model.RoleAssignment;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.password.PasswordHasher;

import jakarta.persistence.EntityManager;

/**
 * The demo province a fresh distribution starts with, so a newcomer can log in at once. Names are realistic, codes
 * and contact details are invented. Every password here is published and is for demonstration only: the seeder
 * writes the hashes directly, so the password policy (issue 3) does not apply to them.
 */
final class DemoProvince {

    /** Demo administrator's login and published password. */
    static final String ADMIN_LOGIN = "admin";
    static final String ADMIN_PASSWORD = "admin";
    /** The published password of every other demo user. */
    static final String USER_PASSWORD = "danvan";

    /** A demo user: login, full name, role and the code of the unit the role is held at. */
    record DemoUser(String login, String fullName, String roleId, String unitCode, String email, String phone) {
    }

    /** The accounts seeded, in the order the banner lists them. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser(ADMIN_LOGIN, "Quản trị hệ thống", Roles.PROVINCE_ADMIN, "24",
                    "quantri@bacninh.danvan.example", null),
            new DemoUser("chutich.tiendu", "Nguyễn Văn An", Roles.COMMUNE_CHAIR, "24003",
                    "an.nv@tiendu.danvan.example", "0912000001"),
            new DemoUser("tiepdan", "Trần Thị Bình", Roles.RECEPTION_OFFICER, "24003",
                    "binh.tt@tiendu.danvan.example", "0912000002"),
            new DemoUser("xuly", "Lê Văn Cường", Roles.CASE_HANDLER, "24003",
                    "cuong.lv@tiendu.danvan.example", "0912000003"),
            new DemoUser("thanhtra", "Phạm Thị Dung", Roles.INSPECTOR, "24",
                    "dung.pt@bacninh.danvan.example", "0912000004"),
            new DemoUser("doanthe", "Hoàng Văn Em", Roles.MASS_ORG_OFFICER, "24-MTTQ",
                    "em.hv@mttq.bacninh.danvan.example", "0912000005"),
            new DemoUser("quansat", "Vũ Thị Giang", Roles.OBSERVER, "24-BDV",
                    "giang.vt@bdv.bacninh.danvan.example", "0912000006"));

    /** Units come into force with the two-level local government of 1 July 2025. */
    private static final LocalDate VALID_FROM = LocalDate.of(2025, 7, 1);

    private final EntityManager em;
    private final Map<String, OrgUnit> unitsByCode = new HashMap<>();

    DemoProvince(EntityManager em) {
        this.em = em;
    }

    /** Persists the province, its units and the demo users with their roles. */
    void create(PasswordHasher hasher, LocalDateTime nowUtc) {
        OrgUnit province = unit("24", "Tỉnh Bắc Ninh", OrgUnitKind.PROVINCE, null);

        OrgUnit kinhBac = unit("24001", "Phường Kinh Bắc", OrgUnitKind.WARD, province);
        unit("24001-01", "Tổ dân phố số 1", OrgUnitKind.VILLAGE, kinhBac);
        unit("24001-02", "Tổ dân phố số 2", OrgUnitKind.VILLAGE, kinhBac);
        unit("24001-03", "Tổ dân phố Thị Chung", OrgUnitKind.VILLAGE, kinhBac);

        OrgUnit tuSon = unit("24002", "Phường Từ Sơn", OrgUnitKind.WARD, province);
        unit("24002-01", "Tổ dân phố Đình Bảng", OrgUnitKind.VILLAGE, tuSon);
        unit("24002-02", "Tổ dân phố Đồng Kỵ", OrgUnitKind.VILLAGE, tuSon);

        OrgUnit tienDu = unit("24003", "Xã Tiên Du", OrgUnitKind.COMMUNE, province);
        unit("24003-01", "Thôn Đông", OrgUnitKind.VILLAGE, tienDu);
        unit("24003-02", "Thôn Đoài", OrgUnitKind.VILLAGE, tienDu);
        unit("24003-03", "Thôn Lũng Giang", OrgUnitKind.VILLAGE, tienDu);
        unit("24003-DU", "Đảng ủy xã Tiên Du", OrgUnitKind.PARTY_COMMITTEE, tienDu);

        OrgUnit yenPhong = unit("24004", "Xã Yên Phong", OrgUnitKind.COMMUNE, province);
        unit("24004-01", "Thôn Đông Xá", OrgUnitKind.VILLAGE, yenPhong);
        unit("24004-02", "Thôn Trung Bạn", OrgUnitKind.VILLAGE, yenPhong);

        unit("24-BDV", "Ban Dân vận Tỉnh ủy", OrgUnitKind.AGENCY, province);
        OrgUnit front = unit("24-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh",
                OrgUnitKind.FATHERLAND_FRONT, province);
        unit("24-MTTQ-PN", "Hội Liên hiệp Phụ nữ tỉnh Bắc Ninh", OrgUnitKind.MASS_ORGANISATION, front);
        unit("24-MTTQ-ND", "Hội Nông dân tỉnh Bắc Ninh", OrgUnitKind.MASS_ORGANISATION, front);

        for (DemoUser demo : USERS) {
            OrgUnit at = unitsByCode.get(demo.unitCode());
            String password = ADMIN_LOGIN.equals(demo.login()) ? ADMIN_PASSWORD : USER_PASSWORD;
            UserAccount user = new UserAccount(demo.login(), demo.fullName(), hasher.hash(password.toCharArray()),
                    at.getId(), nowUtc);
            user.setEmail(demo.email());
            user.setPhone(demo.phone());
            em.persist(user);
            em.persist(new RoleAssignment(user.getId(), demo.roleId(), at.getId()));
        }
    }

    /** Persists a unit; the table generator assigns its id at once, so children can refer to it. */
    private OrgUnit unit(String code, String name, OrgUnitKind kind, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code, name, kind, parent == null ? null : parent.getId(), VALID_FROM);
        em.persist(unit);
        unitsByCode.put(code, unit);
        return unit;
    }
}
