package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of the people's opinions on building the Party and the government, gathered per period by the Front
 * and the organisations ({@link SupervisionPermissions#MANAGE}) and forwarded. Every change is audited.
 */
@ProviderType
public interface PeopleOpinionService {

    String FORWARDED_TO_REQUIRED = "supervision.validation.people.forwardedTo";
    String FORWARDED_DAY = "supervision.validation.people.forwardedOn";
    String ALREADY_FORWARDED = "supervision.error.people.forwarded";

    /** Opinions gathered by the unit and its subtree (as far as the user may read) in a half year (1 or 2). */
    List<PeopleOpinion> opinions(long unitId, int year, int half, UserPrincipal user);

    PeopleOpinion record(PeopleOpinionDraft draft, UserPrincipal user);

    PeopleOpinion forward(long id, long expectedVersion, String forwardedTo, LocalDate forwardedOn,
            UserPrincipal user);
}
