package org.danvan.cases.api;

import java.time.Instant;

/**
 * An in-app notification about a case.
 *
 * @param id notification id
 * @param caseId the case
 * @param caseNumber its number
 * @param messageKey translation key, e.g. {@code case.notification.near-due}
 * @param createdAt when
 * @param read whether the user marked it read
 */
public record CaseNotification(long id, long caseId, String caseNumber, String messageKey, Instant createdAt,
        boolean read) {
}
