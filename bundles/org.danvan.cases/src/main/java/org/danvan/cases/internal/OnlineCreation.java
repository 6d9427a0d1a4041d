package org.danvan.cases.internal;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.DuplicateAnswer;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.OnlineIntake;
import org.danvan.cases.api.OnlineReceipt;
import org.danvan.cases.api.OnlineSubmission;
import org.danvan.cases.internal.model.Attachment;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/**
 * Records a citizen's online submission: the files are checked and written durably to the content store first, then
 * the case, its attachment rows, their steps and the audit entry commit in one transaction; if it fails the files
 * written for it are removed again. The actor is the portal ({@link OnlineIntake#ACTOR_LOGIN}), never a staff user.
 */
final class OnlineCreation {

    /** The portal as actor of steps and audit entries; it holds no permission anywhere. */
    static final UserPrincipal PORTAL = new UserPrincipal(0L, OnlineIntake.ACTOR_LOGIN, "Cổng tiếp nhận trực tuyến",
            null, null, Set.of());
    static final int MAX_FILES = 5;

    private final CaseContext context;
    private final CaseCreation creation;
    private final CaseClocks clocks;
    private final AttachmentStore files;
    private final CaseSteps steps;
    private final CaseAudit audit;
    private final CitizenMailOutbox mails;

    OnlineCreation(CaseContext context, CaseCreation creation, CaseClocks clocks, AttachmentStore files,
            CaseSteps steps, CaseAudit audit, CitizenMailOutbox mails) {
        this.context = context;
        this.creation = creation;
        this.clocks = clocks;
        this.files = files;
        this.steps = steps;
        this.audit = audit;
        this.mails = mails;
    }

    OnlineReceipt submit(OnlineSubmission submission) {
        LocalDate today = context.today();
        List<Violation> violations = new ArrayList<>();
        LocalDate receivedOn = submission.receivedOn();
        if (receivedOn == null) {
            violations.add(Violation.of("receivedOn", "case.error.required"));
        } else if (receivedOn.isBefore(today) || receivedOn.isAfter(context.calendar().nextWorkingDay(today))) {
            violations.add(Violation.of("receivedOn", "case.error.online.received-on"));
        }
        if (submission.consentVersion() == null || submission.consentVersion().isBlank()) {
            violations.add(Violation.of("consent", "case.error.online.consent"));
        }
        if (submission.files().size() > MAX_FILES) {
            violations.add(Violation.of("files", "case.error.online.too-many-files", MAX_FILES));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        IntakeRequest request = IntakeRequest.of(submission.unitId(), submission.kind(), Channel.ONLINE,
                submission.petitioner(), null, submission.content(), receivedOn);
        // the received day may be the next working day: validated above, so "today" for the common checks is it
        IntakeValidator.check(request, context.directory(), receivedOn);
        List<String> names = new ArrayList<>();
        for (OnlineSubmission.OnlineFile file : submission.files()) {
            if (file.content() == null) {
                throw ValidationException.of("files", "case.error.required");
            }
            names.add(CaseFiles.sanitise(file.fileName()));
        }
        List<AttachmentStore.StoredFile> stored = new ArrayList<>();
        try {
            for (OnlineSubmission.OnlineFile file : submission.files()) {
                stored.add(files.store(new ByteArrayInputStream(file.content())));
            }
            creation.ensureCounter(request.unitId(), receivedOn.getYear());
            return CaseTransactions.write(context.store(), em -> {
                Map<String, String> details = new LinkedHashMap<>();
                details.put("channel", Channel.ONLINE.name());
                details.put("consent", submission.consentVersion().strip());
                IntakeReceipt created = creation.create(em, PORTAL, request, request.kind(), null, details,
                        DuplicateAnswer.none());
                CaseRecord record = em.find(CaseRecord.class, created.caseId());
                for (int i = 0; i < stored.size(); i++) {
                    AttachmentStore.StoredFile file = stored.get(i);
                    Attachment attachment = new Attachment();
                    attachment.caseId = record.getId();
                    attachment.fileName = names.get(i);
                    attachment.mediaType = file.mediaType();
                    attachment.size = file.size();
                    attachment.sha256 = file.sha256();
                    attachment.addedAt = Times.utc(Instant.now(context.clock()));
                    attachment.addedBy = PORTAL.login();
                    em.persist(attachment);
                    Map<String, String> fileDetails = new LinkedHashMap<>();
                    fileDetails.put("file", names.get(i));
                    fileDetails.put("sha256", file.sha256());
                    fileDetails.put("size", Long.toString(file.size()));
                    steps.add(em, record, PORTAL, CaseAction.ATTACH, CaseStatus.RECEIVED, CaseStatus.RECEIVED,
                            fileDetails);
                }
                Notifications.raise(em, record, null, request.unitId(), Notifications.CLASSIFICATION_NEEDED,
                        Instant.now(context.clock()));
                boolean mailed = submission.milestoneMails()
                        && mails.subscribe(em, record, request.petitioners(), submission.language());
                em.flush();
                Map<String, String> audited = new LinkedHashMap<>();
                audited.put("number", created.number());
                audited.put("kind", request.kind().name());
                audited.put("channel", Channel.ONLINE.name());
                audited.put("attachments", Integer.toString(stored.size()));
                if (mailed) {
                    audited.put("milestoneMails", CitizenMailOutbox.language(submission.language()));
                }
                audit.changed("case.intake.online", PORTAL, created.caseId(), request.unitId(), audited);
                return new OnlineReceipt(created.number(), created.trackingCode(), request.kind(), receivedOn,
                        clocks.nextDue(record), stored.size());
            });
        } catch (RuntimeException e) {
            stored.forEach(files::discard);
            throw e;
        }
    }
}
