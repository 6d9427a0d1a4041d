package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Social criticism of draft policies. The organisation ({@link SupervisionPermissions#MANAGE} at its unit) registers
 * the draft, holds the conference, records the opinions and sends the criticism; the drafting body explains each
 * opinion — a unit of the platform with {@link SupervisionPermissions#ANSWER}, or the organisation recording the
 * explanation it received. Every change is audited in its transaction.
 */
@ProviderType
public interface CriticismService {

    String CONFERENCE_DAY = "supervision.validation.criticism.conferenceOn";
    String SUMMARY_REQUIRED = "supervision.validation.criticism.summary";
    String AUTHOR_REQUIRED = "supervision.validation.opinion.author";
    String OPINION_REQUIRED = "supervision.validation.opinion.content";
    String SENT_DAY = "supervision.validation.criticism.sentOn";
    String NO_OPINION = "supervision.validation.criticism.noOpinion";
    String DECISION_REQUIRED = "supervision.validation.opinion.decision";
    String EXPLANATION_REQUIRED = "supervision.validation.opinion.explanation";
    int TEXT_MAX = 4000;
    int AUTHOR_MAX = 200;

    /** The criticisms of the unit and its subtree (as far as the user may read) of drafts received in the year. */
    List<Criticism> criticisms(long unitId, int year, UserPrincipal user);

    Optional<Criticism> criticism(long id, UserPrincipal user);

    Criticism register(CriticismDraft draft, UserPrincipal user);

    /** The conference (or dialogue) held on a day, with its summary. */
    Criticism holdConference(long id, long expectedVersion, LocalDate heldOn, String summary, UserPrincipal user);

    /** An opinion, before the criticism is sent. */
    Criticism addOpinion(long id, String author, String content, UserPrincipal user);

    /** The criticism sent to the drafting body, with at least one opinion. */
    Criticism send(long id, long expectedVersion, LocalDate sentOn, UserPrincipal user);

    /** The drafting body's explanation of one opinion; once all are explained the criticism is explained. */
    Criticism explain(long opinionId, long expectedVersion, OpinionDecision decision, String explanation,
            UserPrincipal user);
}
