package org.danvan.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.CitizenMail;

import jakarta.persistence.EntityManager;

/**
 * Writes the milestone mails of a case into the outbox ({@link CitizenMail}), always inside the transaction of the
 * step: the mail exists if and only if the step committed. A case has a recipient when its intake wrote the
 * {@link CitizenMilestone#RECEIVED} row (a petitioner left an e-mail and, online, asked for the mails); later
 * milestones go to the same petitioner in the same language. The row refers to the petitioner and never holds the
 * address; for a denunciation it holds no detail either.
 */
final class CitizenMailOutbox {

    /** The languages of the texts; anything else is written as Vietnamese. */
    static final Set<String> LANGUAGES = Set.of("vi", "en", "fr");

    private final CaseContext context;

    CitizenMailOutbox(CaseContext context) {
        this.context = context;
    }

    /**
     * Subscribes the first petitioner with an e-mail to the case's milestones and writes the receipt mail.
     *
     * @return whether a petitioner had an address
     */
    boolean subscribe(EntityManager em, CaseRecord record, List<PersonData> persons, String language) {
        for (int ordinal = 0; ordinal < persons.size(); ordinal++) {
            PersonData person = persons.get(ordinal);
            if (person != null && person.email() != null && !person.email().isBlank()) {
                write(em, record, ordinal, language(language), CitizenMilestone.RECEIVED, record.receivedOn, null);
                return true;
            }
        }
        return false;
    }

    /**
     * A second complaint reopening a first one: its petitioners are the first's (same order), so the citizen who
     * gets the first's milestones gets the second's, in the same language, starting with its receipt.
     */
    void reopened(EntityManager em, CaseRecord first, CaseRecord second) {
        List<CitizenMail> subscription = received(em, first.getId());
        if (!subscription.isEmpty()) {
            write(em, second, subscription.get(0).personOrdinal, subscription.get(0).language,
                    CitizenMilestone.RECEIVED, second.receivedOn, null);
        }
    }

    private static List<CitizenMail> received(EntityManager em, long caseId) {
        return em.createQuery("SELECT m FROM CitizenMail m WHERE m.caseId = :c AND m.milestone = :m ORDER BY m.id",
                CitizenMail.class).setParameter("c", caseId).setParameter("m", CitizenMilestone.RECEIVED.name())
                .setMaxResults(1).getResultList();
    }

    /** Writes the mail of a recorded step when the step is a milestone and the case has a recipient. */
    void stepRecorded(EntityManager em, CaseRecord record, CaseAction action, Map<String, String> details) {
        CitizenMilestone milestone = CitizenMilestone.of(action);
        if (milestone == null) {
            return;
        }
        List<CitizenMail> first = received(em, record.getId());
        if (first.isEmpty()) {
            return;
        }
        boolean denunciation = CaseKind.valueOf(record.kind).protectsIdentity();
        String detail = denunciation ? null : switch (milestone) {
        case EXTENDED, CONTINUED -> details.get("dueAfter");
        case RESOLVED -> details.get("outcome");
        default -> null;
        };
        write(em, record, first.get(0).personOrdinal, first.get(0).language, milestone, day(details), detail);
    }

    private void write(EntityManager em, CaseRecord record, int ordinal, String language, CitizenMilestone milestone,
            LocalDate on, String detail) {
        CitizenMail mail = new CitizenMail();
        mail.caseId = record.getId();
        mail.personOrdinal = ordinal;
        mail.language = language;
        mail.milestone = milestone.name();
        mail.milestoneOn = (on == null ? context.today() : on).toString();
        mail.detail = detail;
        mail.createdAt = Times.utc(Instant.now(context.clock()));
        mail.nextAttemptAt = mail.createdAt;
        em.persist(mail);
    }

    /** The decision's day where the step names one, else null (today). */
    private static LocalDate day(Map<String, String> details) {
        for (String key : List.of("acceptedOn", "decidedOn", "resolvedOn")) {
            String value = details.get(key);
            if (value != null) {
                return LocalDate.parse(value);
            }
        }
        return null;
    }

    static String language(String tag) {
        String language = tag == null ? "vi" : Locale.forLanguageTag(tag.strip()).getLanguage();
        return LANGUAGES.contains(language) ? language : "vi";
    }
}
