package org.danvan.grassroots.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.BallotResult;
import org.danvan.grassroots.api.DecisionWay;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterDraft;
import org.danvan.grassroots.api.MatterFlag;
import org.danvan.grassroots.api.MatterOption;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.MatterState;
import org.danvan.grassroots.api.Recognition;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceProvider;
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
import org.danvan.sdk.testing.TestKeys;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.OptimisticLockException;

/** Matters the people decide on a real database: every test runs on H2 and on MariaDB. */
@OnEveryDatabase
class MatterServiceTest {

    @TempDir
    Path keyDirectory;

    static final UserPrincipal FRONT = user(5, "mttq", FakeUnits.TIEN_DU);
    static final UserPrincipal LIM = user(3, "lim", FakeUnits.LIM);
    static final UserPrincipal CHAIR = user(7, "chutich", FakeUnits.TIEN_DU);
    static final UserPrincipal VILLAGE_HEAD = user(8, "truongthon", FakeUnits.VILLAGE);

    static UserPrincipal user(long id, String login, long unit) {
        return new UserPrincipal(id, login, login, unit, null, Set.of());
    }

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(FRONT, FakeUnits.TIEN_DU, GrassrootsPermissions.MANAGE_DECISIONS)
            .grant(LIM, FakeUnits.LIM, GrassrootsPermissions.MANAGE_DECISIONS)
            .grant(CHAIR, FakeUnits.TIEN_DU, GrassrootsPermissions.RECOGNISE_DECISIONS)
            .grant(VILLAGE_HEAD, FakeUnits.VILLAGE, GrassrootsPermissions.MANAGE_DECISIONS,
                    GrassrootsPermissions.RECOGNISE_DECISIONS);
    private final SettableClock clock = SettableClock.at("2027-01-20T08:00");
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private TestDatabase database;
    private GrassrootsServices services;
    private MatterService matters;

    @BeforeEach
    void start(TestDatabase database) {
        this.database = database;
        services = new GrassrootsServices(database, access, units, audit,
                RealRules.withModuleFiles("rules/grassroots-rules.csv"), access.moduleEnablement(),
                TestKeys.in(keyDirectory), clock);
        matters = services.matters();
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    private Matter announce(LocalDate meeting, LocalDate notice) {
        return matters.create(new MatterDraft(FakeUnits.VILLAGE, "Mức đóng góp làm đường bê tông thôn Đông",
                DecisionWay.HOUSEHOLD_BALLOT, List.of("200.000 đồng/hộ", "300.000 đồng/hộ"), 120, meeting, notice,
                null, null), FRONT);
    }

    @Test
    void sixtyOneOfOneHundredTwentyHouseholdsPassAndTheRecordClockRunsAcrossTet() {
        Matter m = announce(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 1, 20));
        assertEquals(MatterState.OPEN, m.state());
        assertEquals(Set.of(), m.flags());
        clock.setDay(LocalDate.of(2027, 2, 5));
        // Friday 5 February 2027: Tết closes the offices 5–11 February; 5 working days end on 18 February
        Matter counted = matters.recordResult(m.id(), m.version(),
                new BallotResult(List.of(61, 40), 105, LocalDate.of(2027, 2, 5)), FRONT);
        assertEquals(MatterState.DECIDED, counted.state());
        assertEquals(0, counted.passedOption());
        assertTrue(counted.passed());
        assertEquals(List.of(new MatterOption("200.000 đồng/hộ", 61), new MatterOption("300.000 đồng/hộ", 40)),
                counted.options());
        assertEquals(new BigDecimal("87.5"), counted.turnoutPercent());
        assertEquals(0, counted.approvalPercent().compareTo(BigDecimal.valueOf(50)));
        assertTrue(counted.approvalCitation().contains("Điều 19"));
        assertEquals(LocalDate.of(2027, 2, 18), counted.recordDueBy());
        assertEquals(Set.of(), counted.flags());

        clock.setDay(LocalDate.of(2027, 2, 19));
        assertEquals(Set.of(MatterFlag.RECORD_LATE), matters.list(FRONT, 0, 10).get(0).flags(), "overdue, not sent");
        Matter sent = matters.recordSent(counted.id(), counted.version(), LocalDate.of(2027, 2, 18), FRONT);
        assertEquals(MatterState.RECORD_SENT, sent.state());
        assertEquals(Set.of(), sent.flags(), "sent on the last day: on time");
        assertEquals(List.of("grassroots.matter.created", "grassroots.matter.counted",
                "grassroots.matter.record-sent"), audit.actions());
    }

    @Test
    void sixtyOfOneHundredTwentyIsNotMoreThanHalf() {
        Matter m = announce(LocalDate.of(2027, 1, 18), null);
        Matter counted = matters.recordResult(m.id(), m.version(),
                new BallotResult(List.of(60, 59), 119, LocalDate.of(2027, 1, 18)), FRONT);
        assertNull(counted.passedOption(), "60 households are exactly half of 120: not more than 50 %");
        assertFalse(counted.passed());
        assertEquals(LocalDate.of(2027, 1, 25), counted.recordDueBy());
        assertThrows(ValidationException.class, () -> matters.recordResult(counted.id(), counted.version(),
                new BallotResult(List.of(61, 0), 61, LocalDate.of(2027, 1, 18)), FRONT), "counted once only");
    }

    @Test
    void aLateNoticeAndAShortOrExpiredInitiativeAreFlagged() {
        // meeting Friday 22 January 2027: notice at least 2 days before → by Wednesday 20 January
        assertEquals(Set.of(), announce(LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 20)).flags());
        Matter late = announce(LocalDate.of(2027, 1, 22), LocalDate.of(2027, 1, 21));
        assertEquals(LocalDate.of(2027, 1, 20), late.noticeLatestOn());
        assertEquals(Set.of(MatterFlag.NOTICE_LATE), late.flags());
        // 12 of 120 households = 10 %: enough; 11 is not; asked on 10 October 2026, valid until 10 January 2027
        Matter enough = matters.create(new MatterDraft(FakeUnits.VILLAGE, "Sửa hương ước", DecisionWay.VILLAGE_MEETING,
                List.of("Đồng ý", "Không đồng ý"), 120, LocalDate.of(2027, 1, 10), null, 12,
                LocalDate.of(2026, 10, 10)), FRONT);
        assertEquals(Set.of(), enough.flags());
        Matter weak = matters.create(new MatterDraft(FakeUnits.VILLAGE, "Sửa hương ước", DecisionWay.VILLAGE_MEETING,
                List.of("Đồng ý", "Không đồng ý"), 120, LocalDate.of(2027, 1, 11), null, 11,
                LocalDate.of(2026, 10, 10)), FRONT);
        assertEquals(Set.of(MatterFlag.INITIATIVE_SHORT, MatterFlag.INITIATIVE_EXPIRED), weak.flags());
    }

    @Test
    void brokenDraftsAndCountsAreRefusedAndOnlyTheVillagesStaffWrite() {
        ValidationException refused = assertThrows(ValidationException.class, () -> matters.create(new MatterDraft(
                FakeUnits.VILLAGE, " ", null, List.of("Có", "có"), 0, LocalDate.of(2023, 6, 30),
                LocalDate.of(2023, 7, 1), null, null), FRONT));
        assertEquals(List.of(Violation.of("title", MatterDraft.TITLE_REQUIRED),
                Violation.of("way", MatterDraft.WAY_REQUIRED),
                Violation.of("options", MatterDraft.OPTION_TWICE, "có"),
                Violation.of("households", MatterDraft.HOUSEHOLDS_RANGE, MatterDraft.MAX_HOUSEHOLDS),
                Violation.of("noticeOn", MatterDraft.NOTICE_AFTER_MEETING),
                Violation.of("meetingOn", MatterServiceImpl.BEFORE_LAW)), refused.violations());
        assertThrows(AccessDeniedException.class, () -> matters.create(new MatterDraft(FakeUnits.VILLAGE, "Việc",
                DecisionWay.VILLAGE_MEETING, List.of("A", "B"), 10, LocalDate.of(2027, 1, 18), null, null, null),
                LIM));
        Matter m = announce(LocalDate.of(2027, 1, 18), null);
        ValidationException badCount = assertThrows(ValidationException.class, () -> matters.recordResult(m.id(),
                m.version(), new BallotResult(List.of(70, 60), 100, LocalDate.of(2027, 1, 21)), FRONT));
        // 70 + 60 votes are more than the 100 households taking part, and 21 January is after today
        assertEquals(List.of("householdsTakingPart", "decidedOn"),
                badCount.violations().stream().map(Violation::field).toList());
        assertThrows(OptimisticLockException.class, () -> matters.recordResult(m.id(), m.version() + 1,
                new BallotResult(List.of(70, 30), 100, LocalDate.of(2027, 1, 18)), FRONT));
        assertThrows(ValidationException.class, () -> matters.recordSent(m.id(), m.version(),
                LocalDate.of(2027, 1, 19), FRONT), "no record before the count");
        assertEquals(1, database.count("gr_matter"));
        assertEquals(2, database.count("gr_matter_option"));
        matters.delete(m.id(), m.version(), FRONT);
        assertEquals(0, database.count("gr_matter_option"));
    }

    @Test
    void evidenceCountsRecordsSentOnTimeWithinTheAskersScope() {
        Matter onTime = announce(LocalDate.of(2027, 1, 11), null);
        Matter late = announce(LocalDate.of(2027, 1, 12), null);
        Matter open = announce(LocalDate.of(2027, 1, 13), null);
        onTime = matters.recordResult(onTime.id(), onTime.version(),
                new BallotResult(List.of(70, 30), 100, LocalDate.of(2027, 1, 11)), FRONT);
        matters.recordSent(onTime.id(), onTime.version(), LocalDate.of(2027, 1, 15), FRONT);
        late = matters.recordResult(late.id(), late.version(),
                new BallotResult(List.of(70, 30), 100, LocalDate.of(2027, 1, 12)), FRONT);
        matters.recordSent(late.id(), late.version(), LocalDate.of(2027, 1, 20), FRONT);
        EvidenceProvider provider = services.evidence();
        List<Evidence> found = provider.evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 31), Set.of(GrassrootsEvidence.RECORDS_ON_TIME), FRONT));
        assertEquals(1, found.size());
        assertEquals(0, found.get(0).value().compareTo(BigDecimal.ONE), "one of the two counted is on time");
        assertEquals(0, found.get(0).target().compareTo(BigDecimal.valueOf(2)), "the open one does not count");
        assertFalse(found.get(0).meetsTarget());
        assertEquals(List.of(), provider.evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 31), Set.of(), LIM)), "Lim's officer sees nothing of Tiên Du");
        assertEquals(MatterState.OPEN, open.state());
    }

    private Matter sent(LocalDate meeting, LocalDate sentOn) {
        Matter m = announce(meeting, null);
        m = matters.recordResult(m.id(), m.version(), new BallotResult(List.of(70, 30), 100, meeting), FRONT);
        return matters.recordSent(m.id(), m.version(), sentOn, FRONT);
    }

    @Test
    void theCommuneChairRecognisesASentRecordOrRefusesWithAReason() {
        Matter counted = announce(LocalDate.of(2027, 1, 11), null);
        Matter decided = matters.recordResult(counted.id(), counted.version(),
                new BallotResult(List.of(70, 30), 100, LocalDate.of(2027, 1, 11)), FRONT);
        ValidationException early = assertThrows(ValidationException.class, () -> matters.recordRecognition(
                decided.id(), decided.version(), new Recognition(true, LocalDate.of(2027, 1, 12), "1/QĐ-UBND", null),
                CHAIR), "no answer before the record is sent");
        assertEquals(MatterService.WRONG_STATE, early.violations().get(0).messageKey());

        Matter m = sent(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 14));
        ValidationException broken = assertThrows(ValidationException.class, () -> matters.recordRecognition(m.id(),
                m.version(), new Recognition(true, LocalDate.of(2027, 1, 13), " ", "ignored"), CHAIR));
        assertEquals(List.of(Violation.of("decidedOn", Recognition.DAY_BEFORE_SENT),
                Violation.of("decisionReference", Recognition.REFERENCE_REQUIRED)), broken.violations());
        ValidationException noReason = assertThrows(ValidationException.class, () -> matters.recordRecognition(
                m.id(), m.version(), new Recognition(false, LocalDate.of(2027, 1, 21), null, null), CHAIR));
        // today is 20 January 2027
        assertEquals(List.of(Violation.of("decidedOn", Recognition.DAY_FUTURE),
                Violation.of("reason", Recognition.REASON_REQUIRED)), noReason.violations());
        assertEquals(List.of(Violation.of("recognised", Recognition.RECOGNISED_REQUIRED)),
                assertThrows(ValidationException.class, () -> matters.recordRecognition(m.id(), m.version(),
                        new Recognition(null, LocalDate.of(2027, 1, 15), null, null), CHAIR)).violations());

        Recognition yes = new Recognition(true, LocalDate.of(2027, 1, 15), "15/QĐ-UBND", null);
        assertThrows(AccessDeniedException.class, () -> matters.recordRecognition(m.id(), m.version(), yes, FRONT),
                "deciding at the village is not answering for the commune");
        assertThrows(AccessDeniedException.class,
                () -> matters.recordRecognition(m.id(), m.version(), yes, VILLAGE_HEAD),
                "held at the village only: the commune's answer is not the village's");
        assertThrows(OptimisticLockException.class,
                () -> matters.recordRecognition(m.id(), m.version() + 1, yes, CHAIR));
        audit.clear();
        Matter recognised = matters.recordRecognition(m.id(), m.version(), yes, CHAIR);
        assertEquals(MatterState.RECOGNISED, recognised.state());
        assertEquals(LocalDate.of(2027, 1, 15), recognised.recognisedOn());
        assertEquals("15/QĐ-UBND", recognised.recognitionReference());
        assertNull(recognised.recognitionReason());
        assertEquals(LocalDate.of(2027, 1, 14), recognised.recordSentOn());
        assertEquals(Set.of(), recognised.flags(), "the record was sent on time");
        assertEquals(List.of("grassroots.matter.recognised"), audit.actions());
        assertThrows(ValidationException.class, () -> matters.recordRecognition(recognised.id(),
                recognised.version(), new Recognition(false, LocalDate.of(2027, 1, 16), null, "Trái luật"), CHAIR),
                "answered once only");

        // sent late (due 19 January): refused, and the late record stays flagged
        Matter late = sent(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 20));
        Matter refused = matters.recordRecognition(late.id(), late.version(), new Recognition(false,
                LocalDate.of(2027, 1, 20), "ignored", "Mức đóng góp trái quy định về huy động đóng góp tự nguyện"),
                CHAIR);
        assertEquals(MatterState.NOT_RECOGNISED, refused.state());
        assertNull(refused.recognitionReference());
        assertEquals("Mức đóng góp trái quy định về huy động đóng góp tự nguyện", refused.recognitionReason());
        assertEquals(Set.of(MatterFlag.RECORD_LATE), refused.flags());
        assertEquals("grassroots.matter.not-recognised", audit.actions().get(audit.actions().size() - 1));
        Matter reread = matters.list(CHAIR, 0, 10).stream().filter(x -> x.id() == refused.id()).findFirst()
                .orElseThrow();
        assertEquals(List.of(MatterState.NOT_RECOGNISED, LocalDate.of(2027, 1, 20), refused.recognitionReason()),
                java.util.Arrays.asList(reread.state(), reread.recognisedOn(), reread.recognitionReason()),
                "as stored, and readable by the chair who answers");
    }
}
