package org.danvan.grassroots.internal;

import java.time.LocalDate;
import java.util.List;

import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardMember;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.CommunityMeeting;
import org.danvan.grassroots.api.CommunityMeetingDraft;
import org.danvan.grassroots.api.Recommendation;
import org.danvan.grassroots.api.SupervisionRound;
import org.danvan.grassroots.api.SupervisionRoundDraft;
import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link BoardService} for other bundles, on the module's one persistence unit. */
@Component(service = BoardService.class, immediate = true)
public class BoardServiceComponent implements BoardService {

    private final BoardService boards;

    @Activate
    public BoardServiceComponent(@Reference GrassrootsServices core) {
        this.boards = core.boards();
    }

    @Override
    public List<Board> boards(UserPrincipal user) {
        return boards.boards(user);
    }

    @Override
    public Board createBoard(BoardDraft draft, UserPrincipal user) {
        return boards.createBoard(draft, user);
    }

    @Override
    public List<Recommendation> recommendations(long boardId, UserPrincipal user) {
        return boards.recommendations(boardId, user);
    }

    @Override
    public Recommendation recommend(long boardId, String content, LocalDate sentOn, LocalDate dueOn,
            UserPrincipal user) {
        return boards.recommend(boardId, content, sentOn, dueOn, user);
    }

    @Override
    public Recommendation answer(long recommendationId, long expectedVersion, String answer, LocalDate answeredOn,
            UserPrincipal user) {
        return boards.answer(recommendationId, expectedVersion, answer, answeredOn, user);
    }

    @Override
    public Board byElection(long boardId, long expectedVersion, String leaving, BoardMember newcomer,
            LocalDate heldOn, UserPrincipal user) {
        return boards.byElection(boardId, expectedVersion, leaving, newcomer, heldOn, user);
    }

    @Override
    public Board dissolve(long boardId, long expectedVersion, LocalDate projectEndedOn, UserPrincipal user) {
        return boards.dissolve(boardId, expectedVersion, projectEndedOn, user);
    }

    @Override
    public List<SupervisionRound> rounds(long boardId, UserPrincipal user) {
        return boards.rounds(boardId, user);
    }

    @Override
    public SupervisionRound recordRound(long boardId, SupervisionRoundDraft draft, UserPrincipal user) {
        return boards.recordRound(boardId, draft, user);
    }

    @Override
    public List<CommunityMeeting> meetings(UserPrincipal user) {
        return boards.meetings(user);
    }

    @Override
    public CommunityMeeting recordMeeting(CommunityMeetingDraft draft, UserPrincipal user) {
        return boards.recordMeeting(draft, user);
    }
}
