package org.danvan.reception.internal;

import java.util.List;
import java.util.Optional;

import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.Worklist;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.PetitionKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The reception book's door to the case engine. Active only while a {@link CaseService} is registered: the import
 * of the case API is optional, so citizen reception runs without the case engine and gains "open case" when it is
 * installed.
 */
@Component(service = CaseIntake.class)
public class CaseEngineIntake implements CaseIntake {

    /** The source type the case engine records for a case created from a reception-book entry. */
    static final String SOURCE_TYPE = "reception-entry";
    private static final int PAGE = 500;

    private final CaseService cases;

    @Activate
    public CaseEngineIntake(@Reference CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Optional<Long> findExisting(Petition petition, UserPrincipal user) {
        // the case API has no look-up by source yet: scan the unit's cases received that day (a handful) and
        // compare their source
        String sourceId = Long.toString(petition.entryId());
        for (int offset = 0;; offset += PAGE) {
            Page<CaseSummary> page = cases.find(user, new CaseQuery(Worklist.ALL, null, null, petition.unitId(),
                    false, petition.receivedOn(), petition.receivedOn(), null, null, false, offset, PAGE));
            for (CaseSummary summary : page.items()) {
                CaseDetail detail = cases.detail(user, summary.id());
                if (SOURCE_TYPE.equals(detail.sourceType()) && sourceId.equals(detail.sourceId())) {
                    return Optional.of(summary.id());
                }
            }
            if (page.items().size() < PAGE) {
                return Optional.empty();
            }
        }
    }

    @Override
    public long intake(Petition petition, UserPrincipal user) {
        PersonData citizen = new PersonData(petition.citizenName(), petition.citizenAddress(), petition.idNumber(),
                null, null, null);
        IntakeRequest request = IntakeRequest.fromReceptionEntry(petition.unitId(), caseKind(petition.kind()),
                List.of(citizen), petition.peopleCount() > 1, petition.peopleCount(), null, petition.content(),
                petition.receivedOn(), Long.toString(petition.entryId()));
        return cases.intake(user, request).caseId();
    }

    /** The case kind a reception-book kind starts as; the case engine's classification may change it. */
    static CaseKind caseKind(PetitionKind kind) {
        return switch (kind) {
            // a second complaint is created by reopening the first case, never at the reception desk
            case COMPLAINT -> CaseKind.COMPLAINT_FIRST;
            case DENUNCIATION -> CaseKind.DENUNCIATION;
            case RECOMMENDATION -> CaseKind.RECOMMENDATION;
            case REFLECTION -> CaseKind.REFLECTION;
            case MIXED -> CaseKind.MIXED;
            case INFORMATION_REQUEST -> CaseKind.INFO_REQUEST_IN_PERSON;
        };
    }
}
