package org.danvan.cases.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.cases.internal.crypto.FieldCipher;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.rules.api.RuleTable;

/** What the parts of the case engine share: the store, the services they call, the keys, the clock, the settings. */
public record CaseContext(EntityStore store, RuleTable rules, WorkingCalendar calendar, AccessControl access,
        AuditTrail audit, OrgUnitDirectory directory, FieldCipher cipher, Clock clock, CaseSettings settings) {

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
