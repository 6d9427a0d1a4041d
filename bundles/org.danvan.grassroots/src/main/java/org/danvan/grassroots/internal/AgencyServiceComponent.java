package org.danvan.grassroots.internal;

import java.time.LocalDate;
import java.util.List;

import org.danvan.grassroots.api.AgencyConference;
import org.danvan.grassroots.api.AgencyConferenceDraft;
import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.Aspiration;
import org.danvan.grassroots.api.AspirationDraft;
import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link AgencyService} for other bundles, on the module's one persistence unit. */
@Component(service = AgencyService.class, immediate = true)
public class AgencyServiceComponent implements AgencyService {

    private final AgencyService agencies;

    @Activate
    public AgencyServiceComponent(@Reference GrassrootsServices core) {
        this.agencies = core.agencies();
    }

    @Override
    public List<AgencyConference> conferences(UserPrincipal user) {
        return agencies.conferences(user);
    }

    @Override
    public AgencyConference recordConference(AgencyConferenceDraft draft, UserPrincipal user) {
        return agencies.recordConference(draft, user);
    }

    @Override
    public List<Aspiration> aspirations(long conferenceId, UserPrincipal user) {
        return agencies.aspirations(conferenceId, user);
    }

    @Override
    public Aspiration recordAspiration(long conferenceId, AspirationDraft draft, UserPrincipal user) {
        return agencies.recordAspiration(conferenceId, draft, user);
    }

    @Override
    public Aspiration answerAspiration(long aspirationId, long expectedVersion, String answer, LocalDate answeredOn,
            UserPrincipal user) {
        return agencies.answerAspiration(aspirationId, expectedVersion, answer, answeredOn, user);
    }
}
