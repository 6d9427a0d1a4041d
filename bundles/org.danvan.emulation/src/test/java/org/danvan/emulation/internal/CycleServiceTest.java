package org.danvan.emulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.emulation.api.Achievement;
import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.CriterionEvidence;
import org.danvan.emulation.api.EmulationCycle;
import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.Proposal;
import org.danvan.emulation.api.ProposalDraft;
import org.danvan.emulation.api.ProposalState;
import org.danvan.emulation.api.Recipient;
import org.danvan.emulation.api.Recognition;
import org.danvan.emulation.api.Registration;
import org.danvan.emulation.api.RegistrationDraft;
import org.danvan.emulation.api.RegistrationState;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rules.api.RuleTable;
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

/** The yearly cycle: registration, evaluation with evidence, proposals, votes, decisions — on H2 and MariaDB. */
@OnEveryDatabase
class CycleServiceTest {

    static final UserPrincipal OFFICER = new UserPrincipal(5, "tdkt", "tdkt", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal MEMBER_A = new UserPrincipal(6, "hd-a", "hd-a", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal MEMBER_B = new UserPrincipal(7, "hd-b", "hd-b", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal MEMBER_C = new UserPrincipal(8, "hd-c", "hd-c", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal CHAIR = new UserPrincipal(9, "ctxa", "ctxa", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal PROVINCE = new UserPrincipal(10, "tinh", "tinh", FakeUnits.PROVINCE, null, Set.of());
    static final UserPrincipal LIM = new UserPrincipal(11, "lim", "lim", FakeUnits.LIM, null, Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(OFFICER, FakeUnits.TIEN_DU, EmulationPermissions.MANAGE)
            .grant(MEMBER_A, FakeUnits.TIEN_DU, EmulationPermissions.COUNCIL)
            .grant(MEMBER_B, FakeUnits.TIEN_DU, EmulationPermissions.COUNCIL)
            .grant(MEMBER_C, FakeUnits.TIEN_DU, EmulationPermissions.COUNCIL)
            .grant(CHAIR, FakeUnits.TIEN_DU, EmulationPermissions.DECIDE)
            .grant(PROVINCE, FakeUnits.PROVINCE, EmulationPermissions.DECIDE, EmulationPermissions.COUNCIL)
            .grant(LIM, FakeUnits.LIM, EmulationPermissions.VIEW);
    private final SettableClock clock = SettableClock.at("2026-11-20T09:00");
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private final RuleTable rules = RealRules.withModuleFiles("rules/emulation-rules.csv");
    private EmulationServices services;
    private EmulationCycle cycle;

    /** The case engine's evidence as a module would offer it: only for askers who may see the unit. */
    private final EvidenceProvider cases = new EvidenceProvider() {
        @Override
        public List<EvidenceKind> kinds() {
            return List.of(new EvidenceKind("cases.resolvedOnTime", "cases.evidence.resolvedOnTime", false));
        }

        @Override
        public List<Evidence> evidence(EvidenceQuery query) {
            asked.add(query);
            if (!access.isPermitted(query.asker(), EmulationPermissions.VIEW, query.unitId())
                    && !access.isPermitted(query.asker(), EmulationPermissions.COUNCIL, query.unitId())) {
                return List.of();
            }
            return List.of(Evidence.figure("cases.resolvedOnTime", "cases.evidence.resolvedOnTime.value", 9L, 10L,
                    "bao-cao", Map.of("unit", Long.toString(query.unitId())), 9, 10));
        }
    };
    private final List<EvidenceQuery> asked = new ArrayList<>();

    @BeforeEach
    void start(TestDatabase database) {
        services = new EmulationServices(database, access, units, audit, rules,
                new AwardRules(TitleCatalog.load(), rules), clock);
        cycle = services;
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    private Registration evaluated(Recipient recipient, String name, String target) {
        Registration r = cycle.registerEmulation(new RegistrationDraft(FakeUnits.TIEN_DU,
                org.danvan.platform.api.time.PlatformTime.today(clock).getYear(), recipient, name, target,
                "Giải quyết 100 % đơn thư đúng hạn; 2 mô hình Dân vận khéo"), OFFICER);
        Map<String, Integer> points = new java.util.HashMap<>();
        cycle.evaluation(r.id(), MEMBER_A).forEach(c -> points.put(c.criterion().code(), c.criterion().maxPoints()));
        return cycle.evaluate(r.id(), r.version(), points, Map.of(), MEMBER_A);
    }

    private Proposal carried(Proposal p, UserPrincipal... members) {
        Proposal current = p;
        for (UserPrincipal member : members) {
            current = cycle.vote(current.id(), current.version(), true, "Đồng ý", member);
        }
        return current;
    }

    @Test
    void registrationAndTheEvaluationWithTheEvidenceOfInstalledModules() {
        List<Violation> refused = assertThrows(ValidationException.class, () -> cycle.registerEmulation(
                new RegistrationDraft(FakeUnits.TIEN_DU, 2020, Recipient.INDIVIDUAL, "", "TT_LDTT", ""), OFFICER))
                .violations();
        assertEquals(List.of("year", "candidateName", "targets", "targetTitle"), refused.stream()
                .map(Violation::field).toList());
        assertEquals(AwardTitles.WRONG_RECIPIENT, refused.get(3).messageKey());
        Registration unit = cycle.registerEmulation(new RegistrationDraft(FakeUnits.TIEN_DU, 2026,
                Recipient.COLLECTIVE, "", "TT_LDTT", "Giải quyết 100 % đơn thư đúng hạn"), OFFICER);
        assertEquals("Xã Tiên Du", unit.candidateName());
        assertEquals(100, unit.maxPoints(), "the commune set: 40 + 20 + 20 + 10 + 10");
        assertEquals("emulation.registration.created", audit.last().action());

        // without the case engine: every criterion is scored by hand
        List<CriterionEvidence> alone = cycle.evaluation(unit.id(), MEMBER_A);
        assertEquals(List.of("TASKS", "MASS_MOBILISATION", "PETITIONS", "GRASSROOTS_DEMOCRACY", "MOVEMENTS"),
                alone.stream().map(c -> c.criterion().code()).toList());
        assertTrue(alone.stream().noneMatch(CriterionEvidence::offered));

        services.addEvidence(cases);
        List<CriterionEvidence> withCases = cycle.evaluation(unit.id(), MEMBER_A);
        CriterionEvidence petitions = withCases.get(2);
        assertTrue(petitions.offered());
        assertEquals(1, petitions.evidence().size());
        assertEquals(0, BigDecimal.valueOf(9).compareTo(petitions.evidence().get(0).value()));
        assertFalse(withCases.get(0).offered(), "TASKS names no evidence");
        EvidenceQuery query = asked.get(0);
        assertEquals(LocalDate.of(2026, 1, 1), query.from());
        assertEquals(LocalDate.of(2026, 11, 20), query.to(), "the year so far");
        assertEquals(MEMBER_A, query.asker());
        assertTrue(cycle.evaluation(unit.id(), LIM).isEmpty(), "Lim does not read Tiên Du's registration");
        services.removeEvidence(cases);
        assertTrue(cycle.evaluation(unit.id(), MEMBER_A).stream().noneMatch(CriterionEvidence::offered));

        Map<String, Integer> points = Map.of("TASKS", 38, "MASS_MOBILISATION", 18, "PETITIONS", 21,
                "GRASSROOTS_DEMOCRACY", 9);
        assertThrows(AccessDeniedException.class, () -> cycle.evaluate(unit.id(), unit.version(), points, Map.of(),
                OFFICER));
        List<Violation> wrong = assertThrows(ValidationException.class, () -> cycle.evaluate(unit.id(),
                unit.version(), points, Map.of(), MEMBER_A)).violations();
        assertEquals(List.of("PETITIONS", "MOVEMENTS"), wrong.stream().map(Violation::field).toList());
        Map<String, Integer> right = new java.util.HashMap<>(points);
        right.put("PETITIONS", 19);
        right.put("MOVEMENTS", 8);
        Registration done = cycle.evaluate(unit.id(), unit.version(), right, Map.of("PETITIONS",
                "9/10 đơn thư đúng hạn"), MEMBER_A);
        assertEquals(RegistrationState.EVALUATED, done.state());
        assertEquals(92, done.points());
        assertEquals(org.danvan.emulation.api.Classification.EXCELLENT, done.classification(), "92/100 ≥ 90 %");
        assertEquals("EXCELLENT", audit.last().details().get("classification"));
        assertEquals("9/10 đơn thư đúng hạn", cycle.evaluation(unit.id(), CHAIR).get(2).note());
    }

    @Test
    void aProposalMissingAPrerequisiteOrToALevelThatCannotAwardIsRefusedWithTheReason() {
        Registration person = cycle.registerEmulation(new RegistrationDraft(FakeUnits.TIEN_DU, 2026,
                Recipient.INDIVIDUAL, "Nguyễn Thị Bình", "CSTD_CO_SO", "Hoàn thành xuất sắc"), OFFICER);
        assertEquals(EmulationCycle.NOT_EVALUATED, assertThrows(ValidationException.class, () -> cycle.propose(
                new ProposalDraft(person.id(), "LDTT", FakeUnits.TIEN_DU, Set.of(), "Hồ sơ"), OFFICER))
                .violations().get(0).messageKey());
        Registration bình = evaluated(Recipient.INDIVIDUAL, "Nguyễn Thị Bình", "CSTD_CO_SO");
        List<Violation> noLdtt = assertThrows(ValidationException.class, () -> cycle.propose(new ProposalDraft(
                bình.id(), "CSTD_CO_SO", FakeUnits.TIEN_DU, Set.of(Achievement.EXCELLENT), "Hồ sơ"), OFFICER))
                .violations();
        assertEquals(AwardTitles.PREREQUISITE_MISSING, noLdtt.get(0).messageKey());
        assertEquals("LDTT", noLdtt.get(0).args().get(1));

        // LĐTT first, decided by the commune after the council carried it
        Proposal ldtt = cycle.propose(new ProposalDraft(bình.id(), "LDTT", FakeUnits.TIEN_DU, Set.of(), "Hồ sơ"),
                OFFICER);
        assertEquals(AwardLevel.COMMUNE, ldtt.level());
        Proposal carried = carried(ldtt, MEMBER_A, MEMBER_B);
        Proposal decided = cycle.decide(carried.id(), carried.version(), new Recognition(FakeUnits.TIEN_DU,
                "88/QĐ-UBND", LocalDate.of(2026, 11, 19), "Chủ tịch UBND xã"), CHAIR);
        assertEquals(ProposalState.DECIDED, decided.state());
        assertEquals(new BigDecimal("710000"), decided.amount());
        // now CSTĐ cơ sở passes its prerequisites
        Proposal cstd = cycle.propose(new ProposalDraft(bình.id(), "CSTD_CO_SO", FakeUnits.TIEN_DU,
                Set.of(Achievement.EXCELLENT), "Hồ sơ, báo cáo thành tích"), OFFICER);
        assertEquals(ProposalState.PROPOSED, cstd.state());

        Registration collective = evaluated(Recipient.COLLECTIVE, "", "TT_LDXS");
        List<Violation> commune = assertThrows(ValidationException.class, () -> cycle.propose(new ProposalDraft(
                collective.id(), "TT_LDXS", FakeUnits.TIEN_DU, Set.of(Achievement.EXCELLENT), "Hồ sơ"), OFFICER))
                .violations();
        assertEquals(AwardTitles.LEVEL_CANNOT_AWARD, commune.get(0).messageKey());
        Proposal toProvince = cycle.propose(new ProposalDraft(collective.id(), "TT_LDXS", FakeUnits.PROVINCE,
                Set.of(Achievement.EXCELLENT), "Hồ sơ"), OFFICER);
        assertEquals(AwardLevel.PROVINCE, toProvince.level());
        assertEquals(org.danvan.emulation.api.ModelService.NOT_ABOVE, assertThrows(ValidationException.class, () -> cycle.propose(
                new ProposalDraft(collective.id(), "TT_LDTT", FakeUnits.LIM, Set.of(), "Hồ sơ"), OFFICER))
                .violations().get(0).messageKey());
        assertEquals(3, cycle.proposals(2026, OFFICER).size());
        assertEquals(List.of(toProvince.id()), cycle.proposals(2026, PROVINCE).stream()
                .filter(p -> p.awardingUnitId() == FakeUnits.PROVINCE).map(Proposal::id).toList());
    }

    @Test
    void theCouncilMustCarryAProposalBeforeTheDecision() {
        Registration unit = evaluated(Recipient.COLLECTIVE, "", "TT_LDTT");
        Proposal p = cycle.propose(new ProposalDraft(unit.id(), "TT_LDTT", FakeUnits.TIEN_DU, Set.of(), "Hồ sơ"),
                OFFICER);
        Recognition decision = new Recognition(FakeUnits.TIEN_DU, "90/QĐ-UBND", LocalDate.of(2026, 11, 20),
                "Chủ tịch UBND xã");
        assertEquals(EmulationCycle.NOT_CARRIED, assertThrows(ValidationException.class,
                () -> cycle.decide(p.id(), p.version(), decision, CHAIR)).violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> cycle.vote(p.id(), p.version(), true, "", OFFICER));
        Proposal a = cycle.vote(p.id(), p.version(), true, "Đồng ý", MEMBER_A);
        Proposal b = cycle.vote(a.id(), a.version(), false, "Chưa đủ", MEMBER_B);
        assertEquals(1, b.votesFor());
        assertEquals(1, b.votesAgainst());
        List<Violation> tie = assertThrows(ValidationException.class, () -> cycle.decide(b.id(), b.version(),
                decision, CHAIR)).violations();
        assertEquals(List.of(1L, 2L, "50"), tie.get(0).args(), "half is not more than half");
        Proposal c = cycle.vote(b.id(), b.version(), true, "", MEMBER_C);
        assertEquals(EmulationCycle.NOT_AWARDING_UNIT, assertThrows(ValidationException.class,
                () -> cycle.decide(c.id(), c.version(), new Recognition(FakeUnits.PROVINCE, "1/QĐ", LocalDate.of(
                        2026, 11, 20), "Chủ tịch UBND tỉnh"), PROVINCE)).violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> cycle.decide(c.id(), c.version(), decision, OFFICER));
        Proposal decided = cycle.decide(c.id(), c.version(), decision, CHAIR);
        // 0.8 × 2 340 000 = 1 872 000, rounded up to 1 880 000
        assertEquals(new BigDecimal("1880000"), decided.amount());
        assertEquals(0, new BigDecimal("0.8").compareTo(decided.coefficient()));
        assertEquals("emulation.award.decided", audit.last().action());
        assertEquals(EmulationCycle.CLOSED, assertThrows(ValidationException.class, () -> cycle.vote(decided.id(),
                decided.version(), false, "", MEMBER_A)).violations().get(0).messageKey());
    }

    @Test
    void aRefusalKeepsItsReason() {
        Registration unit = evaluated(Recipient.COLLECTIVE, "", "TT_LDTT");
        Proposal p = cycle.propose(new ProposalDraft(unit.id(), "TT_LDTT", FakeUnits.TIEN_DU, Set.of(), "Hồ sơ"),
                OFFICER);
        assertEquals("reason", assertThrows(ValidationException.class, () -> cycle.refuse(p.id(), p.version(), " ",
                CHAIR)).violations().get(0).field());
        Proposal refused = cycle.refuse(p.id(), p.version(), "Còn 3 đơn thư quá hạn", CHAIR);
        assertEquals(ProposalState.REFUSED, refused.state());
        assertEquals("Còn 3 đơn thư quá hạn", refused.refusal());
        assertNull(refused.amount());
        assertEquals("emulation.proposal.refused", audit.last().action());
    }

    @Test
    void theRewardFollowsTheBaseSalaryOfTheDecisionDay() {
        clock.setDay(LocalDate.of(2024, 6, 28));
        Registration first = evaluated(Recipient.INDIVIDUAL, "Trần Văn An", "LDTT");
        Registration second = evaluated(Recipient.INDIVIDUAL, "Lê Thị Hoa", "LDTT");
        Proposal a = carried(cycle.propose(new ProposalDraft(first.id(), "LDTT", FakeUnits.TIEN_DU, Set.of(),
                "Hồ sơ"), OFFICER), MEMBER_A);
        Proposal b = carried(cycle.propose(new ProposalDraft(second.id(), "LDTT", FakeUnits.TIEN_DU, Set.of(),
                "Hồ sơ"), OFFICER), MEMBER_A);
        clock.setDay(LocalDate.of(2024, 7, 2));
        Proposal june = cycle.decide(a.id(), a.version(), new Recognition(FakeUnits.TIEN_DU, "50/QĐ-UBND",
                LocalDate.of(2024, 6, 30), "Chủ tịch"), CHAIR);
        Proposal july = cycle.decide(b.id(), b.version(), new Recognition(FakeUnits.TIEN_DU, "51/QĐ-UBND",
                LocalDate.of(2024, 7, 1), "Chủ tịch"), CHAIR);
        assertEquals(new BigDecimal("1800000"), june.baseSalary());
        assertEquals(new BigDecimal("540000"), june.amount());
        assertEquals(new BigDecimal("2340000"), july.baseSalary());
        assertEquals(new BigDecimal("710000"), july.amount());
    }

    @Test
    void theClassificationIsComputedFromTheBandsOfTheRuleTableAndStored() {
        Registration unit = cycle.registerEmulation(new RegistrationDraft(FakeUnits.TIEN_DU, 2026,
                Recipient.COLLECTIVE, "", "TT_LDTT", "Giải quyết 100 % đơn thư đúng hạn"), OFFICER);
        assertNull(unit.classification(), "not before the evaluation");
        // 100 points in the commune set: 89 is just below "excellent" (90 %), 70 exactly "good", 49 below "completed"
        Object[][] cases = { { 89, org.danvan.emulation.api.Classification.GOOD },
            { 90, org.danvan.emulation.api.Classification.EXCELLENT },
            { 70, org.danvan.emulation.api.Classification.GOOD },
            { 69, org.danvan.emulation.api.Classification.COMPLETED },
            { 50, org.danvan.emulation.api.Classification.COMPLETED },
            { 49, org.danvan.emulation.api.Classification.NOT_COMPLETED } };
        Registration current = unit;
        for (Object[] c : cases) {
            int total = (Integer) c[0];
            // TASKS carries the rest after the others' maxima would overflow: spread the total over the set
            Map<String, Integer> points = new java.util.LinkedHashMap<>();
            int left = total;
            for (String[] criterion : new String[][] { { "TASKS", "40" }, { "MASS_MOBILISATION", "20" },
                    { "PETITIONS", "20" }, { "GRASSROOTS_DEMOCRACY", "10" }, { "MOVEMENTS", "10" } }) {
                int given = Math.min(left, Integer.parseInt(criterion[1]));
                points.put(criterion[0], given);
                left -= given;
            }
            current = cycle.evaluate(current.id(), current.version(), points, Map.of(), MEMBER_A);
            assertEquals(total, current.points());
            assertEquals(c[1], current.classification(), total + " points");
        }
        assertEquals(org.danvan.emulation.api.Classification.NOT_COMPLETED,
                cycle.registrations(2026, OFFICER).get(0).classification(), "stored, read back");
    }

    @Test
    void theBandsAreDataAProvinceMayChange() {
        ClassificationBands bands = new ClassificationBands(rules);
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertEquals(org.danvan.emulation.api.Classification.EXCELLENT, bands.classify(54, 60, day), "90 % of 60");
        assertEquals(org.danvan.emulation.api.Classification.GOOD, bands.classify(53, 60, day));
        assertEquals(org.danvan.emulation.api.Classification.COMPLETED, bands.classify(30, 60, day));
        assertEquals(org.danvan.emulation.api.Classification.NOT_COMPLETED, bands.classify(29, 60, day));
        assertTrue(rules.figure(ClassificationBands.GOOD, day).orElseThrow().citation().contains("335/2025"));
        assertThrows(IllegalArgumentException.class, () -> bands.classify(0, 0, day));
    }

    @Test
    void aDecidedAwardIsAnnouncedOnADayNotBeforeTheDecision() {
        Registration unit = evaluated(Recipient.COLLECTIVE, "", "TT_LDTT");
        Proposal p = carried(cycle.propose(new ProposalDraft(unit.id(), "TT_LDTT", FakeUnits.TIEN_DU, Set.of(),
                "Hồ sơ"), OFFICER), MEMBER_A);
        assertEquals(EmulationCycle.NOT_DECIDED, assertThrows(ValidationException.class, () -> cycle.announce(
                p.id(), p.version(), LocalDate.of(2026, 11, 20), "Hội nghị tổng kết", CHAIR)).violations().get(0)
                .messageKey());
        Proposal decided = cycle.decide(p.id(), p.version(), new Recognition(FakeUnits.TIEN_DU, "90/QĐ-UBND",
                LocalDate.of(2026, 11, 18), "Chủ tịch UBND xã"), CHAIR);
        List<Violation> empty = assertThrows(ValidationException.class, () -> cycle.announce(decided.id(),
                decided.version(), LocalDate.of(2026, 11, 21), " ", CHAIR)).violations();
        assertEquals(List.of("announcement", "announcedOn"), empty.stream().map(Violation::field).toList(),
                "the text is required and the day cannot be after today");
        assertEquals(EmulationCycle.ANNOUNCED_BEFORE_DECISION, assertThrows(ValidationException.class,
                () -> cycle.announce(decided.id(), decided.version(), LocalDate.of(2026, 11, 17),
                        "Hội nghị tổng kết", CHAIR)).violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> cycle.announce(decided.id(), decided.version(),
                LocalDate.of(2026, 11, 19), "Hội nghị tổng kết", OFFICER));
        Proposal announced = cycle.announce(decided.id(), decided.version(), LocalDate.of(2026, 11, 19),
                "Công bố tại Hội nghị tổng kết phong trào thi đua năm 2026", CHAIR);
        assertEquals(ProposalState.ANNOUNCED, announced.state());
        assertTrue(announced.state().awarded());
        assertEquals(LocalDate.of(2026, 11, 19), announced.announcedOn());
        assertEquals(new BigDecimal("1880000"), announced.amount(), "the award and its reward stand");
        assertEquals("emulation.award.announced", audit.last().action());
        assertEquals("2026-11-19", audit.last().details().get("announcedOn"));
        assertEquals(EmulationCycle.NOT_DECIDED, assertThrows(ValidationException.class, () -> cycle.announce(
                announced.id(), announced.version(), LocalDate.of(2026, 11, 20), "Lần nữa", CHAIR)).violations()
                .get(0).messageKey(), "announced once");
        assertEquals(ProposalState.ANNOUNCED, cycle.proposals(2026, OFFICER).get(0).state());
    }
}
