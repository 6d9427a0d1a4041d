package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Democracy in agencies: the annual conference of civil servants, public employees and workers (attendance,
 * resolutions, the agency's People's Inspection Board elected) and the staff aspirations raised at it — anonymous if
 * the person wishes, forwarded to the Party committee or the head, each answer tracked against its due day. Reading
 * needs {@link GrassrootsPermissions#VIEW} or {@link GrassrootsPermissions#MANAGE_AGENCY}; changing the latter.
 */
@ProviderType
public interface AgencyService {

    /** Argument: the longest text. */
    String ANSWER_TEXT = "grassroots.validation.aspiration.answer";
    String ANSWER_DAY = "grassroots.validation.aspiration.answeredOn";
    String ALREADY_ANSWERED = "grassroots.validation.aspiration.answered";
    /** One conference per agency and year. */
    String DUPLICATE = "grassroots.validation.conference.duplicate";

    /** The conferences the user may read, the latest first. */
    List<AgencyConference> conferences(UserPrincipal user);

    /** Records a conference. */
    AgencyConference recordConference(AgencyConferenceDraft draft, UserPrincipal user);

    /** A conference's aspirations, oldest first. */
    List<Aspiration> aspirations(long conferenceId, UserPrincipal user);

    /** Records an aspiration raised at a conference and forwarded. */
    Aspiration recordAspiration(long conferenceId, AspirationDraft draft, UserPrincipal user);

    /** Records the answer of the Party committee or the head. */
    Aspiration answerAspiration(long aspirationId, long expectedVersion, String answer, LocalDate answeredOn,
            UserPrincipal user);
}
