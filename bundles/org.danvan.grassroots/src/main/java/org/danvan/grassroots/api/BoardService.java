package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Boards of the people (kinds in {@link BoardKind}): members (at least the rule's number of the kind; no commune
 * officials on a commune's People's Inspection Board), by-elections, the rounds of inspection or supervision with
 * their findings, recommendations to the commune and the answers, each with its due day; a project's supervision
 * board is dissolved when the project ends. Reading needs
 * {@link GrassrootsPermissions#VIEW} or {@link GrassrootsPermissions#MANAGE_DECISIONS}; changing the latter.
 */
@ProviderType
public interface BoardService {

    /** Arguments: the longest text. */
    String TEXT_LENGTH = "grassroots.validation.recommendation.text";
    String SENT_REQUIRED = "grassroots.validation.recommendation.sentOn";
    String DUE_ORDER = "grassroots.validation.recommendation.dueOn";
    String ANSWER_DAY = "grassroots.validation.recommendation.answeredOn";
    String ALREADY_ANSWERED = "grassroots.validation.recommendation.answered";
    int TEXT_MAX_LENGTH = 2000;
    /** The board was dissolved: nothing more is recorded for it but answers to what it sent. */
    String DISSOLVED = "grassroots.validation.board.dissolved";
    /** Argument: the name given. */
    String NOT_A_MEMBER = "grassroots.validation.board.byElection.leaving";
    String BY_ELECTION_DAY = "grassroots.validation.board.byElection.day";
    String DISSOLVE_DAY = "grassroots.validation.board.dissolvedOn";
    String DISSOLVE_KIND = "grassroots.validation.board.dissolveKind";
    String ROUND_DAY = "grassroots.validation.round.future";

    /** The boards the user may read, the latest term first. */
    List<Board> boards(UserPrincipal user);

    /** Records a board with its members. */
    Board createBoard(BoardDraft draft, UserPrincipal user);

    /** A board's recommendations, oldest first. */
    List<Recommendation> recommendations(long boardId, UserPrincipal user);

    /** Records a recommendation the board sent to the commune, with the day the answer is due. */
    Recommendation recommend(long boardId, String content, LocalDate sentOn, LocalDate dueOn, UserPrincipal user);

    /**
     * A by-election: the newcomer joins on the day; the member named {@code leaving} (if not {@code null}) leaves on
     * it (a day within the board's term, not after today). Refused when the newcomer is a commune official on a board
     * that bars them, and on a dissolved board.
     */
    Board byElection(long boardId, long expectedVersion, String leaving, BoardMember newcomer, LocalDate heldOn,
            UserPrincipal user);

    /** Dissolves a project's supervision board on the day the project ended (not a future day). */
    Board dissolve(long boardId, long expectedVersion, LocalDate projectEndedOn, UserPrincipal user);

    /** A board's rounds of inspection or supervision, latest first. */
    List<SupervisionRound> rounds(long boardId, UserPrincipal user);

    /** Records a round and its findings. */
    SupervisionRound recordRound(long boardId, SupervisionRoundDraft draft, UserPrincipal user);

    /** The yearly dialogue conferences and year-end community meetings the user may read, the latest first. */
    List<CommunityMeeting> meetings(UserPrincipal user);

    /** Records a dialogue conference or a village's year-end meeting (once per kind, year and village). */
    CommunityMeeting recordMeeting(CommunityMeetingDraft draft, UserPrincipal user);

    /** Records the commune's answer. */
    Recommendation answer(long recommendationId, long expectedVersion, String answer, LocalDate answeredOn,
            UserPrincipal user);
}
