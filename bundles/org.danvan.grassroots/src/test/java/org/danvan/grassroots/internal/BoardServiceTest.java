package org.danvan.grassroots.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardKind;
import org.danvan.grassroots.api.BoardMember;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.CommunityMeeting;
import org.danvan.grassroots.api.CommunityMeetingDraft;
import org.danvan.grassroots.api.CommunityMeetingKind;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Recommendation;
import org.danvan.grassroots.api.SupervisionRound;
import org.danvan.grassroots.api.SupervisionRoundDraft;
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

/** People's Inspection Boards and their recommendations, on H2 and MariaDB. */
@OnEveryDatabase
class BoardServiceTest {

    @TempDir
    Path keyDirectory;

    static final UserPrincipal FRONT = new UserPrincipal(5, "mttq", "mttq", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal LIM = new UserPrincipal(3, "lim", "lim", FakeUnits.LIM, null, Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(FRONT, FakeUnits.TIEN_DU, GrassrootsPermissions.MANAGE_DECISIONS)
            .grant(LIM, FakeUnits.LIM, GrassrootsPermissions.MANAGE_DECISIONS);
    private final SettableClock clock = SettableClock.at("2026-09-01T08:00");
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private TestDatabase database;
    private GrassrootsServices services;
    private BoardService boards;

    @BeforeEach
    void start(TestDatabase database) {
        this.database = database;
        services = new GrassrootsServices(database, access, units, audit,
                RealRules.withModuleFiles("rules/grassroots-rules.csv"), access.moduleEnablement(),
                TestKeys.in(keyDirectory), clock);
        boards = services.boards();
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    private static List<BoardMember> members(int count) {
        List<BoardMember> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            members.add(new BoardMember("Thành viên " + i, "Thôn Đông", false));
        }
        return members;
    }

    private BoardDraft draft(List<BoardMember> members) {
        return new BoardDraft(FakeUnits.TIEN_DU, "Ban Thanh tra nhân dân xã Tiên Du", LocalDate.of(2025, 8, 1),
                LocalDate.of(2030, 7, 31), members);
    }

    @Test
    void aBoardHasAtLeastFiveMembersAndNoCommuneOfficial() {
        ValidationException four = assertThrows(ValidationException.class, () -> boards.createBoard(draft(members(4)),
                FRONT));
        assertEquals(BoardDraft.TOO_FEW, four.violations().get(0).messageKey());
        assertEquals(5, four.violations().get(0).args().get(0));
        List<BoardMember> withOfficial = new ArrayList<>(members(5));
        withOfficial.set(2, new BoardMember("Trần Văn Công", null, true));
        ValidationException official = assertThrows(ValidationException.class,
                () -> boards.createBoard(draft(withOfficial), FRONT));
        assertEquals(List.of(Violation.of("members", BoardDraft.OFFICIAL, "Trần Văn Công")), official.violations());
        assertThrows(AccessDeniedException.class, () -> boards.createBoard(draft(members(5)), LIM));
        assertEquals(0, database.count("gr_board"));

        Board board = boards.createBoard(draft(members(5)), FRONT);
        assertEquals(5, board.members().size());
        assertEquals(5, database.count("gr_board_member"));
        assertEquals(List.of("grassroots.board.created"), audit.actions());
        assertFalse(audit.last().details().containsValue("Thành viên 1"), "members' names stay out of the trail");
    }

    @Test
    void aRecommendationIsAnsweredAndLateAnswersShow() {
        Board board = boards.createBoard(draft(members(5)), FRONT);
        Recommendation sent = boards.recommend(board.id(), "Đề nghị công khai quyết toán công trình nhà văn hóa.",
                LocalDate.of(2026, 8, 20), LocalDate.of(2026, 8, 30), FRONT);
        assertTrue(sent.isLateOn(LocalDate.of(2026, 9, 1)), "unanswered after its due day");
        assertEquals(1, boards.boards(FRONT).get(0).unanswered());
        assertEquals(List.of(), boards.recommendations(board.id(), LIM), "another commune sees nothing");
        ValidationException early = assertThrows(ValidationException.class, () -> boards.answer(sent.id(),
                sent.version(), "Đã niêm yết.", LocalDate.of(2026, 8, 19), FRONT));
        assertEquals(BoardService.ANSWER_DAY, early.violations().get(0).messageKey());
        Recommendation answered = boards.answer(sent.id(), sent.version(), "Đã niêm yết tại trụ sở.",
                LocalDate.of(2026, 8, 28), FRONT);
        assertFalse(answered.isLateOn(LocalDate.of(2026, 9, 1)));
        assertEquals(0, boards.boards(FRONT).get(0).unanswered());
        assertThrows(ValidationException.class, () -> boards.answer(sent.id(), answered.version(), "Lần hai",
                LocalDate.of(2026, 8, 29), FRONT), "answered once");
        ValidationException bad = assertThrows(ValidationException.class, () -> boards.recommend(board.id(), " ",
                LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1), FRONT));
        assertEquals(List.of("content", "sentOn", "dueOn"), bad.violations().stream().map(Violation::field).toList());
        assertEquals(List.of("grassroots.board.created", "grassroots.recommendation.sent",
                "grassroots.recommendation.answered"), audit.actions());
    }

    private BoardDraft projectBoard(List<BoardMember> members) {
        return new BoardDraft(FakeUnits.TIEN_DU, "Ban giám sát đầu tư của cộng đồng – đường thôn Đông",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), members, BoardKind.INVESTMENT_SUPERVISION,
                "Bê tông hóa đường trục thôn Đông");
    }

    @Test
    void aProjectsSupervisionBoardNeedsItsProjectAndTheRulesLeastNumber() {
        ValidationException noProject = assertThrows(ValidationException.class, () -> boards.createBoard(
                new BoardDraft(FakeUnits.TIEN_DU, "Ban giám sát", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31),
                        members(5), BoardKind.INVESTMENT_SUPERVISION, " "), FRONT));
        assertEquals(List.of(Violation.of("projectName", BoardDraft.PROJECT_REQUIRED, BoardDraft.NAME_MAX_LENGTH)),
                noProject.violations());
        ValidationException four = assertThrows(ValidationException.class,
                () -> boards.createBoard(projectBoard(members(4)), FRONT));
        assertEquals(BoardDraft.TOO_FEW, four.violations().get(0).messageKey());
        assertEquals(5, four.violations().get(0).args().get(0));
        assertTrue(String.valueOf(four.violations().get(0).args().get(1)).contains("[verify]"), "cited, unconfirmed");
        // a commune official may sit on a project's board (only the People's Inspection Board bars them)
        List<BoardMember> withOfficial = new ArrayList<>(members(5));
        withOfficial.set(0, new BoardMember("Trần Văn Công", null, true));
        Board board = boards.createBoard(projectBoard(withOfficial), FRONT);
        assertEquals(BoardKind.INVESTMENT_SUPERVISION, board.kind());
        assertEquals("Bê tông hóa đường trục thôn Đông", board.projectName());
        assertEquals(BoardKind.INVESTMENT_SUPERVISION, boards.boards(FRONT).get(0).kind(), "read back");
    }

    @Test
    void aByElectionReplacesAMemberAndKeepsWhoLeft() {
        Board board = boards.createBoard(draft(members(5)), FRONT);
        ValidationException stranger = assertThrows(ValidationException.class, () -> boards.byElection(board.id(),
                board.version(), "Người lạ", new BoardMember("Lê Thị Mai", "Thôn Bắc", false),
                LocalDate.of(2026, 8, 15), FRONT));
        assertEquals(List.of(Violation.of("leaving", BoardService.NOT_A_MEMBER, "Người lạ")), stranger.violations());
        ValidationException official = assertThrows(ValidationException.class, () -> boards.byElection(board.id(),
                board.version(), "Thành viên 2", new BoardMember("Trần Văn Công", null, true),
                LocalDate.of(2026, 8, 15), FRONT));
        assertEquals(BoardDraft.OFFICIAL, official.violations().get(0).messageKey());
        ValidationException future = assertThrows(ValidationException.class, () -> boards.byElection(board.id(),
                board.version(), "Thành viên 2", new BoardMember("Lê Thị Mai", "Thôn Bắc", false),
                LocalDate.of(2026, 9, 2), FRONT));
        assertEquals(BoardService.BY_ELECTION_DAY, future.violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> boards.byElection(board.id(), board.version(),
                "Thành viên 2", new BoardMember("Lê Thị Mai", "Thôn Bắc", false), LocalDate.of(2026, 8, 15), LIM));

        Board after = boards.byElection(board.id(), board.version(), "thành viên 2",
                new BoardMember("Lê Thị Mai", "Thôn Bắc", false), LocalDate.of(2026, 8, 15), FRONT);
        assertEquals(6, after.members().size(), "who left is kept");
        assertEquals(5, after.currentMembers().size());
        assertEquals(LocalDate.of(2026, 8, 15), after.members().get(1).leftOn());
        assertEquals(LocalDate.of(2026, 8, 15), after.members().get(5).electedOn());
        assertEquals(6, database.count("gr_board_member"));
        assertThrows(OptimisticLockException.class, () -> boards.byElection(board.id(), board.version(), null,
                new BoardMember("Phạm Văn Tư", "Thôn Nam", false), LocalDate.of(2026, 8, 20), FRONT), "stale");
        assertEquals(List.of("grassroots.board.created", "grassroots.board.by-election"), audit.actions());
        assertFalse(audit.last().details().containsValue("Lê Thị Mai"), "names stay out of the trail");
    }

    @Test
    void roundsRecordFindingsAndADissolvedBoardTakesNothingMoreButAnswers() {
        Board board = boards.createBoard(projectBoard(members(5)), FRONT);
        ValidationException bad = assertThrows(ValidationException.class, () -> boards.recordRound(board.id(),
                new SupervisionRoundDraft(" ", LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 9), ""), FRONT));
        assertEquals(List.of("subject", "endedOn", "findings"), bad.violations().stream().map(Violation::field)
                .toList());
        ValidationException notOver = assertThrows(ValidationException.class, () -> boards.recordRound(board.id(),
                new SupervisionRoundDraft("Khối lượng bê tông", LocalDate.of(2026, 8, 30), LocalDate.of(2026, 9, 2),
                        "Chưa xong"), FRONT));
        assertEquals(BoardService.ROUND_DAY, notOver.violations().get(0).messageKey());
        SupervisionRound round = boards.recordRound(board.id(), new SupervisionRoundDraft("Khối lượng bê tông",
                LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 12), "Lớp bê tông mỏng hơn thiết kế 2 cm."), FRONT);
        assertEquals(List.of(round), boards.rounds(board.id(), FRONT));
        assertEquals(List.of(), boards.rounds(board.id(), LIM), "another commune sees nothing");
        Recommendation sent = boards.recommend(board.id(), "Đề nghị nghiệm thu lại đoạn đường.",
                LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 28), FRONT);

        ValidationException notYet = assertThrows(ValidationException.class,
                () -> boards.dissolve(board.id(), board.version(), LocalDate.of(2026, 9, 2), FRONT));
        assertEquals(BoardService.DISSOLVE_DAY, notYet.violations().get(0).messageKey());
        Board inspection = boards.createBoard(draft(members(5)), FRONT);
        ValidationException kind = assertThrows(ValidationException.class,
                () -> boards.dissolve(inspection.id(), inspection.version(), LocalDate.of(2026, 8, 31), FRONT));
        assertEquals(BoardService.DISSOLVE_KIND, kind.violations().get(0).messageKey());

        Board dissolved = boards.dissolve(board.id(), board.version(), LocalDate.of(2026, 8, 31), FRONT);
        assertTrue(dissolved.dissolved());
        for (Runnable more : List.<Runnable>of(
                () -> boards.recordRound(board.id(), new SupervisionRoundDraft("Hoàn trả mặt bằng",
                        LocalDate.of(2026, 8, 31), LocalDate.of(2026, 8, 31), "Đã hoàn trả."), FRONT),
                () -> boards.recommend(board.id(), "Thêm", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10),
                        FRONT),
                () -> boards.byElection(board.id(), dissolved.version(), null, new BoardMember("Phạm Văn Tư", null,
                        false), LocalDate.of(2026, 8, 31), FRONT))) {
            ValidationException refused = assertThrows(ValidationException.class, more::run);
            assertEquals(BoardService.DISSOLVED, refused.violations().get(0).messageKey());
        }
        Recommendation answered = boards.answer(sent.id(), sent.version(), "Đã nghiệm thu lại, bù 2 cm.",
                LocalDate.of(2026, 9, 1), FRONT);
        assertTrue(answered.isLateOn(LocalDate.of(2026, 9, 1)), "answered after its due day");
        assertEquals(1, database.count("gr_supervision_round"));
        assertEquals(List.of("grassroots.board.created", "grassroots.round.recorded", "grassroots.recommendation.sent",
                "grassroots.board.created", "grassroots.board.dissolved", "grassroots.recommendation.answered"),
                audit.actions());
    }

    @Test
    void theYearlyDialogueAndEachVillagesYearEndMeetingAreRecordedOnce() {
        ValidationException bad = assertThrows(ValidationException.class, () -> boards.recordMeeting(
                new CommunityMeetingDraft(FakeUnits.TIEN_DU, CommunityMeetingKind.YEAR_END_MEETING, 2025,
                        LocalDate.of(2026, 4, 2), " ", 0, " ", null), FRONT));
        assertEquals(List.of("heldOn", "villageName", "attendees", "issues"),
                bad.violations().stream().map(Violation::field).toList());
        // the year-end meeting of 2025 may be held in January 2026
        CommunityMeeting yearEnd = boards.recordMeeting(new CommunityMeetingDraft(FakeUnits.TIEN_DU,
                CommunityMeetingKind.YEAR_END_MEETING, 2025, LocalDate.of(2026, 1, 10), "Thôn Đông", 112,
                "Đề nghị sửa đường thôn.", "UBND xã đưa vào kế hoạch năm 2026."), FRONT);
        assertEquals("Thôn Đông", yearEnd.villageName());
        ValidationException twice = assertThrows(ValidationException.class, () -> boards.recordMeeting(
                new CommunityMeetingDraft(FakeUnits.TIEN_DU, CommunityMeetingKind.YEAR_END_MEETING, 2025,
                        LocalDate.of(2026, 1, 12), "thôn đông", 90, "Lại", null), FRONT));
        assertEquals(CommunityMeetingDraft.DUPLICATE, twice.violations().get(0).messageKey());
        CommunityMeeting dialogue = boards.recordMeeting(new CommunityMeetingDraft(FakeUnits.TIEN_DU,
                CommunityMeetingKind.DIALOGUE_CONFERENCE, 2026, LocalDate.of(2026, 8, 25), "ignored", 80,
                "Người dân hỏi về bồi thường đất.", ""), FRONT);
        assertEquals(null, dialogue.villageName(), "a dialogue conference is the commune's");
        assertEquals(null, dialogue.commitments());
        ValidationException future = assertThrows(ValidationException.class, () -> boards.recordMeeting(
                new CommunityMeetingDraft(FakeUnits.TIEN_DU, CommunityMeetingKind.DIALOGUE_CONFERENCE, 2026,
                        LocalDate.of(2026, 9, 2), null, 80, "X", null), FRONT));
        assertEquals(CommunityMeetingDraft.HELD_ON, future.violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> boards.recordMeeting(new CommunityMeetingDraft(
                FakeUnits.TIEN_DU, CommunityMeetingKind.DIALOGUE_CONFERENCE, 2025, LocalDate.of(2025, 8, 25), null,
                80, "X", null), LIM));
        assertEquals(List.of(dialogue, yearEnd), boards.meetings(FRONT));
        assertEquals(List.of(), boards.meetings(LIM));
        assertEquals(List.of("grassroots.meeting.recorded", "grassroots.meeting.recorded"), audit.actions());
    }
}
