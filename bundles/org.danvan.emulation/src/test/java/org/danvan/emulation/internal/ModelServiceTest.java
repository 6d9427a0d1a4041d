package org.danvan.emulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.Model;
import org.danvan.emulation.api.ModelCriterion;
import org.danvan.emulation.api.ModelDomain;
import org.danvan.emulation.api.ModelDraft;
import org.danvan.emulation.api.ModelOwner;
import org.danvan.emulation.api.ModelService;
import org.danvan.emulation.api.ModelSpread;
import org.danvan.emulation.api.ModelState;
import org.danvan.emulation.api.Recognition;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** "Dân vận khéo" models: registration, council scores, recognition, replication — on H2 and MariaDB. */
@OnEveryDatabase
class ModelServiceTest {

    static final UserPrincipal OFFICER = new UserPrincipal(5, "dvxa", "dvxa", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal MEMBER_A = new UserPrincipal(6, "hd-a", "hd-a", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal MEMBER_B = new UserPrincipal(7, "hd-b", "hd-b", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal CHAIR = new UserPrincipal(8, "ctxa", "ctxa", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal PROVINCE = new UserPrincipal(9, "tinh", "tinh", FakeUnits.PROVINCE, null, Set.of());
    static final UserPrincipal LIM = new UserPrincipal(10, "lim", "lim", FakeUnits.LIM, null, Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(OFFICER, FakeUnits.TIEN_DU, EmulationPermissions.MANAGE)
            .grant(MEMBER_A, FakeUnits.TIEN_DU, EmulationPermissions.COUNCIL)
            .grant(MEMBER_B, FakeUnits.TIEN_DU, EmulationPermissions.COUNCIL)
            .grant(CHAIR, FakeUnits.TIEN_DU, EmulationPermissions.DECIDE)
            .grant(PROVINCE, FakeUnits.PROVINCE, EmulationPermissions.DECIDE, EmulationPermissions.VIEW)
            .grant(LIM, FakeUnits.LIM, EmulationPermissions.MANAGE);
    private final SettableClock clock = SettableClock.at("2026-11-20T09:00");
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private EmulationServices services;
    private ModelService models;

    @BeforeEach
    void start(TestDatabase database) {
        var rules = RealRules.withModuleFiles("rules/emulation-rules.csv");
        services = new EmulationServices(database, access, units, audit, rules,
                new AwardRules(TitleCatalog.load(), rules), clock);
        models = services;
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    static ModelDraft draft(long unitId, String name, Long replicates) {
        return new ModelDraft(unitId, ModelOwner.COLLECTIVE, "Chi hội Phụ nữ thôn Đông", name, ModelDomain.ECONOMY,
                "Thôn Đông, xã Tiên Du", "Ban Dân vận Đảng ủy xã", LocalDate.of(2025, 3, 1), 120,
                "45 hộ thoát nghèo; 2 km đường bê tông do dân góp công", "Ảnh: lưu tại văn phòng Đảng ủy xã",
                replicates);
    }

    private Map<String, Integer> points(int share) {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (ModelCriterion c : models.criteria()) {
            points.put(c.code(), c.maxPoints() * share / 100);
        }
        return points;
    }

    @Test
    void registrationIsValidatedScopedAndAudited() {
        ValidationException refused = assertThrows(ValidationException.class, () -> models.register(new ModelDraft(
                FakeUnits.TIEN_DU, null, " ", "", null, "", "", LocalDate.of(2026, 12, 1), 0, "", null, null),
                OFFICER));
        assertEquals(Set.of("owner", "ownerName", "name", "domain", "address", "launchingBody", "startedOn",
                "peopleMobilised", "results"), refused.violations().stream().map(Violation::field)
                .collect(java.util.stream.Collectors.toSet()));
        assertThrows(AccessDeniedException.class, () -> models.register(draft(FakeUnits.TIEN_DU, "Dân vận khéo", null),
                LIM));
        Model model = models.register(draft(FakeUnits.VILLAGE, "Đường làng sáng, xanh", null), OFFICER);
        assertEquals(ModelState.REGISTERED, model.state());
        assertEquals(100, model.maxPoints());
        assertNull(model.averagePoints());
        assertEquals("emulation.model.registered", audit.last().action());
        assertEquals(List.of(model.id()), models.models(PROVINCE).stream().map(Model::id).toList(),
                "the province reads its communes' models");
        assertTrue(models.models(LIM).isEmpty(), "Lim does not see Tiên Du's models");
    }

    @Test
    void membersScoreAndTheResultIsTheirAverageAgainstThePassShare() {
        Model model = models.register(draft(FakeUnits.TIEN_DU, "Dân vận khéo trong xây dựng nông thôn mới", null),
                OFFICER);
        Map<String, Integer> tooMany = points(80);
        tooMany.put("SPREAD_EFFECT", 21);
        tooMany.remove("SUSTAINABLE");
        List<Violation> wrong = assertThrows(ValidationException.class,
                () -> models.score(model.id(), model.version(), tooMany, "", MEMBER_A)).violations();
        assertEquals(List.of(ModelService.POINTS_RANGE, ModelService.POINTS_MISSING), wrong.stream()
                .map(Violation::messageKey).toList());
        assertThrows(AccessDeniedException.class, () -> models.score(model.id(), model.version(), points(80), "",
                OFFICER));

        Model a = models.score(model.id(), model.version(), points(80), "Lan tỏa tốt", MEMBER_A);
        assertEquals(ModelState.EVALUATED, a.state());
        assertEquals(0, new BigDecimal("80").compareTo(a.averagePoints()));
        assertTrue(a.passed());
        // member B gives 40 %: average 60 < 70 % of 100
        Model b = models.score(a.id(), a.version(), points(40), "Chưa bền vững", MEMBER_B);
        assertEquals(2, b.members());
        assertEquals(0, new BigDecimal("60").compareTo(b.averagePoints()));
        assertTrue(!b.passed());
        assertThrows(OptimisticLockException.class, () -> models.score(a.id(), a.version(), points(90), "",
                MEMBER_B), "a screen showing the result before B scored is stale");
        List<Violation> notPassed = assertThrows(ValidationException.class, () -> models.recognise(b.id(),
                b.version(), new Recognition(FakeUnits.TIEN_DU, "12/QĐ-UBND", LocalDate.of(2026, 11, 19), "Chủ tịch"),
                CHAIR)).violations();
        assertEquals(ModelService.NOT_PASSED, notPassed.get(0).messageKey());
        assertEquals(List.of("60", "70"), notPassed.get(0).args());
        // B scores again: the member's earlier score is replaced, not added
        Model again = models.score(b.id(), b.version(), points(60), "Đạt", MEMBER_B);
        assertEquals(2, again.members());
        assertEquals(0, new BigDecimal("70").compareTo(again.averagePoints()));
        assertTrue(again.passed(), "70 reaches 70 % of 100");
        assertEquals(List.of("hd-a", "hd-b"), models.scores(again.id(), CHAIR).stream().map(s -> s.memberName())
                .toList());
        assertEquals("Đạt", models.scores(again.id(), CHAIR).get(1).comment());
    }

    @Test
    void recognitionByADecisionOfTheCommuneOrTheProvince() {
        Model model = models.register(draft(FakeUnits.VILLAGE, "Tổ tự quản an ninh", null), OFFICER);
        Model scored = models.score(model.id(), model.version(), points(90), "", MEMBER_A);
        Recognition byLim = new Recognition(FakeUnits.LIM, "3/QĐ-UBND", LocalDate.of(2026, 11, 19), "Chủ tịch Lim");
        assertThrows(AccessDeniedException.class, () -> models.recognise(scored.id(), scored.version(), byLim, CHAIR));
        List<Violation> incomplete = assertThrows(ValidationException.class, () -> models.recognise(scored.id(),
                scored.version(), new Recognition(FakeUnits.TIEN_DU, " ", LocalDate.of(2026, 11, 21), ""), CHAIR))
                .violations();
        assertEquals(List.of("number", "signer", "decidedOn"), incomplete.stream().map(Violation::field).toList());
        Model recognised = models.recognise(scored.id(), scored.version(), new Recognition(FakeUnits.PROVINCE,
                "1520/QĐ-UBND", LocalDate.of(2026, 11, 19), "Nguyễn Văn A, Chủ tịch UBND tỉnh"), PROVINCE);
        assertEquals(ModelState.RECOGNISED, recognised.state());
        assertEquals(AwardLevel.PROVINCE, recognised.level());
        assertEquals("1520/QĐ-UBND", recognised.decisionNumber());
        assertEquals("emulation.model.recognised", audit.last().action());
        assertEquals(ModelService.ALREADY_RECOGNISED, assertThrows(ValidationException.class,
                () -> models.score(recognised.id(), recognised.version(), points(10), "", MEMBER_A)).violations()
                .get(0).messageKey());
    }

    @Test
    void recognisedModelsAreEvidenceForTheUnitAndItsSubtreeWithinTheAskersScope() {
        Model village = models.register(draft(FakeUnits.VILLAGE, "Tổ hòa giải thôn Đông", null), OFFICER);
        Model scored = models.score(village.id(), village.version(), points(90), "", MEMBER_A);
        models.recognise(scored.id(), scored.version(), new Recognition(FakeUnits.TIEN_DU, "9/QĐ-UBND",
                LocalDate.of(2026, 11, 19), "Chủ tịch"), CHAIR);
        models.register(draft(FakeUnits.TIEN_DU, "Chưa công nhận", null), OFFICER);
        ModelEvidence evidence = new ModelEvidence(services);
        EvidenceQuery year = new EvidenceQuery(FakeUnits.TIEN_DU, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Set.of(), PROVINCE);
        List<Evidence> found = evidence.evidence(year);
        assertEquals(1, found.size());
        assertEquals(0, BigDecimal.ONE.compareTo(found.get(0).value()), "the village's model counts for the commune");
        assertEquals(0, BigDecimal.ZERO.compareTo(evidence.evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Set.of(), PROVINCE)).get(0).value()),
                "nothing recognised in 2025");
        assertEquals(0, BigDecimal.ZERO.compareTo(evidence.evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Set.of(), LIM)).get(0).value()),
                "Lim may not see Tiên Du's models");
    }

    @Test
    void aFailingTrailLeavesNoRecognitionBehind() {
        Model model = models.register(draft(FakeUnits.TIEN_DU, "Mô hình", null), OFFICER);
        Model scored = models.score(model.id(), model.version(), points(90), "", MEMBER_A);
        audit.failing(true);
        assertThrows(RuntimeException.class, () -> models.recognise(scored.id(), scored.version(),
                new Recognition(FakeUnits.TIEN_DU, "5/QĐ-UBND", LocalDate.of(2026, 11, 19), "Chủ tịch"), CHAIR));
        audit.failing(false);
        assertEquals(ModelState.EVALUATED, models.model(model.id(), CHAIR).orElseThrow().state());
    }

    @Test
    void replicationsAreCountedPerModelAndCommune() {
        Model origin = models.register(draft(FakeUnits.TIEN_DU, "Dân vận khéo – Con đường hoa", null), OFFICER);
        models.register(draft(FakeUnits.VILLAGE, "Con đường hoa thôn Đông", origin.id()), OFFICER);
        models.register(draft(FakeUnits.TIEN_DU, "Con đường hoa xóm Chùa", origin.id()), OFFICER);
        access.grant(LIM, FakeUnits.LIM, EmulationPermissions.MANAGE);
        models.register(draft(FakeUnits.LIM, "Con đường hoa Lim", origin.id()), LIM);
        assertEquals(ModelDraft.REPLICATES_UNKNOWN, assertThrows(ValidationException.class,
                () -> models.register(draft(FakeUnits.LIM, "?", 999_999L), LIM)).violations().get(0).messageKey());
        List<ModelSpread> spread = models.spread(PROVINCE);
        assertEquals(2, spread.size());
        assertEquals("Xã Tiên Du", spread.get(0).communeName());
        assertEquals(2, spread.get(0).replications());
        assertEquals("Xã Lim", spread.get(1).communeName());
        assertEquals(1, spread.get(1).replications());
        assertEquals(ModelDomain.ECONOMY, spread.get(0).domain());
    }
}
