package org.danvan.supervision.api;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/** Reports of the module, within the reader's scope. */
@ProviderType
public interface SupervisionReports {

    String HALF_RANGE = "supervision.validation.half";

    /** The six-monthly summary of the unit and its subtree; {@code half} is 1 or 2. */
    HalfYearSummary halfYear(long unitId, int year, int half, UserPrincipal user);
}
