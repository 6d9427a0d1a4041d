package org.danvan.cases.internal;

import org.danvan.cases.internal.model.Attachment;
import org.danvan.cases.internal.model.CaseCounter;
import org.danvan.cases.internal.model.CasePerson;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.CaseStepRecord;
import org.danvan.cases.internal.model.ContentShingle;
import org.danvan.cases.internal.model.DuplicateLink;
import org.danvan.cases.internal.model.JobLease;
import org.danvan.cases.internal.model.Notification;
import org.danvan.cases.internal.model.NotificationRead;
import org.danvan.cases.internal.model.SearchToken;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;

/** The case engine's persistence unit: name, changelog and entity classes. */
public final class CaseUnit {

    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("cases",
            "db/cases/changelog.xml", CaseRecord.class, CaseStepRecord.class, CasePerson.class, SearchToken.class,
            ContentShingle.class, CaseCounter.class, Attachment.class, DuplicateLink.class, Notification.class,
            NotificationRead.class, JobLease.class, org.danvan.cases.internal.model.CitizenMail.class);

    private CaseUnit() {
    }
}
