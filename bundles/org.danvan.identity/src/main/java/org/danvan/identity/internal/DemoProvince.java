package org.danvan.identity.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.danvan.platform.api.security.Roles;
import org.danvan.identity.api.UnitChange;
import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.RoleAssignment;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.model.UserMembership;
import org.danvan.identity.internal.org.UnitWriter;
import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.api.org.OrgUnitKinds;

import jakarta.persistence.EntityManager;

/**
 * The demo province a fresh distribution starts with, so a newcomer can log in at once: Bắc Ninh after the
 * two-level local government of 1 July 2025, with wards and communes, their villages and street groups, provincial
 * agencies, the Fatherland Front and the mass organisations at province and commune level, and one commune retired
 * into Xã Tiên Du by the merger (so succession shows). Names are realistic; codes follow the shape of the national
 * administrative codes but are invented, as are contact details. Every password here is published and is for
 * demonstration only: the seeder writes the hashes directly, so the password policy does not apply to them.
 */
final class DemoProvince {

    /** Demo administrator's login and published password. */
    static final String ADMIN_LOGIN = "admin";
    static final String ADMIN_PASSWORD = "admin";
    /** The published password of every other demo user. */
    static final String USER_PASSWORD = "danvan";
    /** The commune retired into Xã Tiên Du on 1 July 2025. */
    static final String RETIRED_COMMUNE_CODE = "09370";
    static final String MERGE_DECISION = "Nghị quyết 1658/NQ-UBTVQH15";

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
    static final LocalDate VALID_FROM = LocalDate.of(2025, 7, 1);

    private final EntityManager em;
    private final Map<String, OrgUnit> unitsByCode = new HashMap<>();
    private UnitWriter writer;

    DemoProvince(EntityManager em) {
        this.em = em;
    }

    /** Persists the province, its units and the demo users with their roles. */
    void create(PasswordHasher hasher, LocalDateTime nowUtc) {
        writer = new UnitWriter(em, IdentityAudit.SYSTEM, nowUtc);
        OrgUnit province = unit("24", "Tỉnh Bắc Ninh", OrgUnitKinds.PROVINCE, null);

        OrgUnit kinhBac = unit("24001", "Phường Kinh Bắc", OrgUnitKinds.WARD, province);
        unit("24001-01", "Tổ dân phố số 1", OrgUnitKinds.STREET_GROUP, kinhBac);
        unit("24001-02", "Tổ dân phố số 2", OrgUnitKinds.STREET_GROUP, kinhBac);
        unit("24001-03", "Tổ dân phố Thị Chung", OrgUnitKinds.STREET_GROUP, kinhBac);
        unit("24001-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Kinh Bắc", OrgUnitKinds.FATHERLAND_FRONT,
                kinhBac);
        unit("24001-CCB", "Hội Cựu chiến binh phường Kinh Bắc", OrgUnitKinds.VETERANS_ASSOCIATION, kinhBac);

        OrgUnit tuSon = unit("24002", "Phường Từ Sơn", OrgUnitKinds.WARD, province);
        unit("24002-01", "Tổ dân phố Đình Bảng", OrgUnitKinds.STREET_GROUP, tuSon);
        unit("24002-02", "Tổ dân phố Đồng Kỵ", OrgUnitKinds.STREET_GROUP, tuSon);
        unit("24002-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Từ Sơn", OrgUnitKinds.FATHERLAND_FRONT, tuSon);

        OrgUnit bacGiang = unit("24010", "Phường Bắc Giang", OrgUnitKinds.WARD, province);
        unit("24010-01", "Tổ dân phố Xương Giang", OrgUnitKinds.STREET_GROUP, bacGiang);
        unit("24010-02", "Tổ dân phố Hoàng Hoa Thám", OrgUnitKinds.STREET_GROUP, bacGiang);

        OrgUnit tienDu = unit("24003", "Xã Tiên Du", OrgUnitKinds.COMMUNE, province);
        unit("24003-01", "Thôn Đông", OrgUnitKinds.VILLAGE, tienDu);
        unit("24003-02", "Thôn Đoài", OrgUnitKinds.VILLAGE, tienDu);
        unit("24003-03", "Thôn Lũng Giang", OrgUnitKinds.VILLAGE, tienDu);
        unit("24003-DU", "Đảng ủy xã Tiên Du", OrgUnitKinds.PARTY_COMMITTEE, tienDu);
        unit("24003-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tiên Du", OrgUnitKinds.FATHERLAND_FRONT, tienDu);
        unit("24003-PN", "Hội Liên hiệp Phụ nữ xã Tiên Du", OrgUnitKinds.WOMENS_UNION, tienDu);
        unit("24003-DTN", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Tiên Du", OrgUnitKinds.YOUTH_UNION, tienDu);
        unit("24003-ND", "Hội Nông dân xã Tiên Du", OrgUnitKinds.FARMERS_ASSOCIATION, tienDu);

        OrgUnit yenPhong = unit("24004", "Xã Yên Phong", OrgUnitKinds.COMMUNE, province);
        unit("24004-01", "Thôn Đông Xá", OrgUnitKinds.VILLAGE, yenPhong);
        unit("24004-02", "Thôn Trung Bạn", OrgUnitKinds.VILLAGE, yenPhong);
        unit("24004-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Yên Phong", OrgUnitKinds.FATHERLAND_FRONT,
                yenPhong);

        OrgUnit lucNgan = unit("24012", "Xã Lục Ngạn", OrgUnitKinds.COMMUNE, province);
        unit("24012-01", "Thôn Kim Sơn", OrgUnitKinds.VILLAGE, lucNgan);
        unit("24012-02", "Thôn Bãi Chợ", OrgUnitKinds.VILLAGE, lucNgan);

        unit("24-BTCD", "Ban Tiếp công dân tỉnh Bắc Ninh", OrgUnitKinds.AGENCY, province);
        unit("24-TT", "Thanh tra tỉnh Bắc Ninh", OrgUnitKinds.AGENCY, province);
        unit("24-BDV", "Ban Dân vận Tỉnh ủy", OrgUnitKinds.AGENCY, province);
        // a public service unit: its director receives citizens at least one day a month from 1 July 2026
        unit("24-BVDK", "Bệnh viện Đa khoa tỉnh Bắc Ninh", OrgUnitKinds.PUBLIC_SERVICE_UNIT, province);
        unit("24-TU", "Tỉnh ủy Bắc Ninh", OrgUnitKinds.PARTY_COMMITTEE, province);
        unit("24-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Ninh", OrgUnitKinds.FATHERLAND_FRONT, province);
        unit("24-PN", "Hội Liên hiệp Phụ nữ tỉnh Bắc Ninh", OrgUnitKinds.WOMENS_UNION, province);
        unit("24-ND", "Hội Nông dân tỉnh Bắc Ninh", OrgUnitKinds.FARMERS_ASSOCIATION, province);
        unit("24-DTN", "Tỉnh đoàn Bắc Ninh", OrgUnitKinds.YOUTH_UNION, province);
        unit("24-CCB", "Hội Cựu chiến binh tỉnh Bắc Ninh", OrgUnitKinds.VETERANS_ASSOCIATION, province);
        unit("24-LDLD", "Liên đoàn Lao động tỉnh Bắc Ninh", OrgUnitKinds.TRADE_UNION, province);

        // Xã Liên Bão existed before the reform and was merged into the new Xã Tiên Du on 1 July 2025
        OrgUnit lienBao = writer.create(RETIRED_COMMUNE_CODE, "Xã Liên Bão", OrgUnitKinds.COMMUNE, province.getId(),
                LocalDate.of(1999, 1, 1), null);
        unitsByCode.put(lienBao.getCode(), lienBao);
        writer.succeed(UnitChange.Kind.MERGE, List.of(lienBao, tienDu), List.of(tienDu), VALID_FROM,
                MERGE_DECISION);

        for (DemoUser demo : USERS) {
            OrgUnit at = unitsByCode.get(demo.unitCode());
            String password = ADMIN_LOGIN.equals(demo.login()) ? ADMIN_PASSWORD : USER_PASSWORD;
            UserAccount user = new UserAccount(demo.login(), demo.fullName(), hasher.hash(password.toCharArray()),
                    at.getId(), nowUtc);
            user.setEmail(demo.email());
            user.setPhone(demo.phone());
            user.setSearchKey(SearchText.userKey(demo.login(), demo.fullName(), demo.email()));
            em.persist(user);
            em.persist(new UserMembership(user.getId(), at.getId(), 0));
            em.persist(new RoleAssignment(user.getId(), demo.roleId(), at.getId()));
        }
    }

    private OrgUnit unit(String code, String name, String kind, OrgUnit parent) {
        OrgUnit unit = writer.create(code, name, kind, parent == null ? null : parent.getId(), VALID_FROM, null);
        unitsByCode.put(code, unit);
        return unit;
    }
}
