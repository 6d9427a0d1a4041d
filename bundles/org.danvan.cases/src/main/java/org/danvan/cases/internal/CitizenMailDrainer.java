package org.danvan.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.CitizenMail;
import org.danvan.platform.api.mail.MailException;
import org.danvan.platform.api.mail.MailService;
import org.danvan.platform.api.security.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Empties the outbox of milestone mails, one row at a time:
 * <ol>
 * <li>claim: in its own transaction the row's attempt is counted and its next attempt moved past the backoff; the
 * row's version makes a second node (or pass) that claimed it at the same time fail its commit and skip it;</li>
 * <li>send, outside any transaction, to the address opened from the petitioner row;</li>
 * <li>record: sent (with an audit entry that names the recipient only by a keyed hash), or the failure; a permanent
 * failure, the last attempt, or a row older than the keeping period is given up (audited).</li>
 * </ol>
 * A row is therefore sent once — twice only if the process dies between the server's acceptance and the commit of
 * step 3 — and a restart continues where the rows say. Without a mail service rows wait (no attempt is counted)
 * until they are older than {@link Settings#keepDays()}.
 */
final class CitizenMailDrainer {

    /** The actor of the mail audit entries: the engine itself, no user. */
    static final UserPrincipal MAILER = new UserPrincipal(0L, "thu-cong-dan", "Thư báo tiến độ cho công dân", null,
            null, Set.of());

    private static final Logger LOG = LoggerFactory.getLogger(CitizenMailDrainer.class);

    /**
     * @param maxAttempts attempts before a mail is given up
     * @param firstRetry the wait after the first failure, doubled after each further one (at most 6 hours)
     * @param keepDays how long an unsent mail waits (for a mail service, or between attempts) before it is given up
     * @param batch rows looked at per pass
     */
    record Settings(int maxAttempts, Duration firstRetry, int keepDays, int batch) {

        Duration backoff(int failures) {
            Duration wait = firstRetry.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
            return wait.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : wait;
        }
    }

    /** What one pass did. */
    record Pass(int sent, int failed, int givenUp) {
    }

    private record Claimed(long rowId, long caseId, long unitId, String to, CitizenMailTexts.Message message,
            String milestone, String language, int attempt) {
    }

    private final CaseContext context;
    private final CitizenMailTexts texts;
    private final Settings settings;
    private final IdentityVault vault;
    private final CaseAudit audit;

    CitizenMailDrainer(CaseContext context, CitizenMailTexts texts, Settings settings) {
        this.context = context;
        this.texts = texts;
        this.settings = settings;
        this.vault = new IdentityVault(context.cipher());
        this.audit = new CaseAudit(context.audit());
    }

    /** One pass: expires what waited too long, then sends what is due through {@code mail} ({@code null}: none). */
    Pass drain(MailService mail) {
        int givenUp = expire();
        if (mail == null) {
            return new Pass(0, 0, givenUp);
        }
        LocalDateTime now = Times.utc(Instant.now(context.clock()));
        List<Long> due = context.store().read(em -> em.createQuery("SELECT m.id FROM CitizenMail m "
                + "WHERE m.sentAt IS NULL AND m.givenUpAt IS NULL AND m.nextAttemptAt <= :now ORDER BY m.id",
                Long.class).setParameter("now", now).setMaxResults(settings.batch()).getResultList());
        int sent = 0;
        int failed = 0;
        for (Long id : due) {
            Claimed claimed;
            try {
                claimed = claim(id);
            } catch (RuntimeException e) {
                if (CaseTransactions.causedByOptimisticLock(e)) {
                    continue; // another pass claimed it
                }
                throw e;
            }
            if (claimed == null) {
                continue;
            }
            if (claimed.to() == null) {
                givenUp += recordFailure(claimed, "no address", true) ? 1 : 0;
                continue;
            }
            try {
                mail.send(claimed.to(), claimed.message().subject(), claimed.message().body());
            } catch (MailException | RuntimeException e) {
                boolean permanent = e instanceof MailException m && m.permanent();
                failed++;
                givenUp += recordFailure(claimed, e.getMessage(), permanent) ? 1 : 0;
                continue;
            }
            recordSent(claimed);
            sent++;
        }
        return new Pass(sent, failed, givenUp);
    }

    private Claimed claim(long id) {
        return CaseTransactions.write(context.store(), em -> {
            CitizenMail row = em.find(CitizenMail.class, id);
            LocalDateTime now = Times.utc(Instant.now(context.clock()));
            if (row == null || row.sentAt != null || row.givenUpAt != null || row.nextAttemptAt.isAfter(now)) {
                return null;
            }
            row.attempts++;
            row.nextAttemptAt = now.plus(settings.backoff(row.attempts));
            CaseRecord record = em.find(CaseRecord.class, row.caseId);
            List<PersonData> persons = vault.read(em, row.caseId);
            String to = row.personOrdinal < persons.size() ? persons.get(row.personOrdinal).email() : null;
            boolean denunciation = CaseKind.valueOf(record.kind).protectsIdentity();
            CitizenMailTexts.Message message = texts.render(row.language, CitizenMilestone.valueOf(row.milestone),
                    LocalDate.parse(row.milestoneOn), TrackingCodes.display(record.trackingCode),
                    denunciation ? null : row.detail);
            return new Claimed(id, row.caseId, record.unitId, to, message, row.milestone, row.language,
                    row.attempts);
        });
    }

    private void recordSent(Claimed claimed) {
        CaseTransactions.write(context.store(), em -> {
            CitizenMail row = em.find(CitizenMail.class, claimed.rowId());
            row.sentAt = Times.utc(Instant.now(context.clock()));
            row.lastError = null;
            Map<String, String> details = details(claimed);
            details.put("recipient", recipientHash(claimed.to()));
            audit.changed("case.citizen-mail.sent", MAILER, claimed.caseId(), claimed.unitId(), details);
            return null;
        });
    }

    /** Returns whether the mail was given up. */
    private boolean recordFailure(Claimed claimed, String error, boolean permanent) {
        String reason = withoutAddresses(error);
        LOG.warn("Milestone mail {} of case {} not sent (attempt {}): {}", claimed.rowId(), claimed.caseId(),
                claimed.attempt(), reason);
        return CaseTransactions.write(context.store(), em -> {
            CitizenMail row = em.find(CitizenMail.class, claimed.rowId());
            row.lastError = reason;
            if (permanent || row.attempts >= settings.maxAttempts()) {
                row.givenUpAt = Times.utc(Instant.now(context.clock()));
                Map<String, String> details = details(claimed);
                details.put("reason", reason);
                audit.changed("case.citizen-mail.given-up", MAILER, claimed.caseId(), claimed.unitId(), details);
                return true;
            }
            return false;
        });
    }

    /** Gives up the mails that waited longer than the keeping period; returns how many. */
    private int expire() {
        LocalDateTime limit = Times.utc(Instant.now(context.clock())).minusDays(settings.keepDays());
        List<Long> old = context.store().read(em -> em.createQuery("SELECT m.id FROM CitizenMail m "
                + "WHERE m.sentAt IS NULL AND m.givenUpAt IS NULL AND m.createdAt < :limit ORDER BY m.id",
                Long.class).setParameter("limit", limit).setMaxResults(settings.batch()).getResultList());
        int count = 0;
        for (Long id : old) {
            boolean expired = CaseTransactions.write(context.store(), em -> {
                CitizenMail row = em.find(CitizenMail.class, id);
                if (row == null || row.sentAt != null || row.givenUpAt != null) {
                    return false;
                }
                row.givenUpAt = Times.utc(Instant.now(context.clock()));
                row.lastError = "expired after " + settings.keepDays() + " days";
                CaseRecord record = em.find(CaseRecord.class, row.caseId);
                Map<String, String> details = new LinkedHashMap<>();
                details.put("milestone", row.milestone);
                details.put("language", row.language);
                details.put("attempts", Integer.toString(row.attempts));
                details.put("reason", row.lastError);
                audit.changed("case.citizen-mail.given-up", MAILER, row.caseId, record.unitId, details);
                return true;
            });
            count += expired ? 1 : 0;
        }
        return count;
    }

    private static Map<String, String> details(Claimed claimed) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("milestone", claimed.milestone());
        details.put("language", claimed.language());
        details.put("attempt", Integer.toString(claimed.attempt()));
        return details;
    }

    /** A keyed hash of the address: the same address gives the same value, and nobody can read it back. */
    private String recipientHash(String address) {
        return context.cipher().blindIndex("mail|" + address.strip().toLowerCase(java.util.Locale.ROOT))
                .substring(0, 16);
    }

    /** A failure's text for the row and the log: any address in it replaced, at most 255 characters. */
    static String withoutAddresses(String error) {
        String text = error == null ? "failed" : error.replaceAll("[^\\s<>@]+@[^\\s<>@]+", "address");
        return text.length() <= 255 ? text : text.substring(0, 255);
    }
}
