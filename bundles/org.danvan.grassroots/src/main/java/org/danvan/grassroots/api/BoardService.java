package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * People's Inspection Boards of communes: members (at least the rule's number, no commune officials), their
 * recommendations to the commune and the answers, each with its due day. Reading needs
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

    /** The boards the user may read, the latest term first. */
    List<Board> boards(UserPrincipal user);

    /** Records a board with its members. */
    Board createBoard(BoardDraft draft, UserPrincipal user);

    /** A board's recommendations, oldest first. */
    List<Recommendation> recommendations(long boardId, UserPrincipal user);

    /** Records a recommendation the board sent to the commune, with the day the answer is due. */
    Recommendation recommend(long boardId, String content, LocalDate sentOn, LocalDate dueOn, UserPrincipal user);

    /** Records the commune's answer. */
    Recommendation answer(long recommendationId, long expectedVersion, String answer, LocalDate answeredOn,
            UserPrincipal user);
}
