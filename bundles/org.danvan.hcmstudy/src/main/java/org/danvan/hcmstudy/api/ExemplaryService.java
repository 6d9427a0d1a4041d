package org.danvan.hcmstudy.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Exemplary people and collectives: proposed by the unit's keepers ({@link HcmStudyPermissions#MANAGE}), recognised
 * by the head's decision ({@link HcmStudyPermissions#ASSESS}).
 */
@ProviderType
public interface ExemplaryService {

    int NAME_MAX = 200;
    int STORY_MAX = 4000;
    int DECISION_MAX = 100;

    String NAME_REQUIRED = "hcmstudy.validation.exemplary.name";
    String STORY_REQUIRED = "hcmstudy.validation.exemplary.story";
    String DECISION_REQUIRED = "hcmstudy.validation.exemplary.decision";
    String DECISION_DAY = "hcmstudy.validation.exemplary.decidedOn";
    String ALREADY_RECOGNISED = "hcmstudy.error.recognised";

    /** A unit's models (its subtree within the reader's scope), newest first. */
    List<Exemplary> ofUnit(long unitId, UserPrincipal user);

    /** Models recognised by a decision within a period, in the units of the subtree the user may read. */
    List<Exemplary> recognisedIn(long unitId, LocalDate from, LocalDate to, UserPrincipal user);

    Exemplary propose(Long unitId, boolean collective, String name, String story, UserPrincipal user);

    Exemplary recognise(long id, long expectedVersion, String decisionRef, LocalDate decidedOn, UserPrincipal user);
}
