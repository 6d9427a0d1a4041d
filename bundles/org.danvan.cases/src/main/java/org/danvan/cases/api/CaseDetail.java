package org.danvan.cases.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a case screen shows. Petitioners of a denunciation come masked.
 *
 * @param summary the worklist fields
 * @param channel how it arrived
 * @param forwardedBy the forwarding body, or {@code null}
 * @param group whether a group petitions
 * @param peopleCount number of people
 * @param content the content
 * @param sourceType the source record kind, e.g. {@code reception-entry}, or {@code null}
 * @param sourceId the source record id, or {@code null}
 * @param processable the classification result, {@code null} before classification
 * @param variants the circumstances as classified ({@code COMPLEX}, {@code REMOTE}, ...: names of
 *            {@link org.danvan.rules.api.Variant})
 * @param parentCaseId the first complaint a second complaint reopens, or {@code null}
 * @param nextDue what is due next, {@code null} when no clock runs
 * @param outcome the outcome once resolved, else {@code null}
 * @param resolvedOn the day resolved, else {@code null}
 * @param resolvedLate whether it was resolved after its due date, {@code null} if not resolved
 * @param petitioners the petitioners (masked for a denunciation)
 * @param timeline the steps, oldest first
 * @param allowedActions what the requesting user may do now
 * @param attachments the attachments
 * @param duplicates duplicate candidates and links
 */
public record CaseDetail(CaseSummary summary, Channel channel, String forwardedBy, boolean group, int peopleCount,
        String content, String sourceType, String sourceId, Boolean processable, Set<String> variants,
        Long parentCaseId, NextDue nextDue, Outcome outcome, LocalDate resolvedOn, Boolean resolvedLate,
        List<PetitionerView> petitioners, List<CaseStep> timeline, Set<CaseAction> allowedActions,
        List<AttachmentInfo> attachments, List<DuplicateCandidate> duplicates) {
}
