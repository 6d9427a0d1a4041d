package org.danvan.cases.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.AttachmentInfo;
import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.IntakeAttachment;
import org.danvan.cases.internal.model.Attachment;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import jakarta.persistence.EntityManager;

/**
 * Attaches files: content checked and written durably to the store first, then the attachment row and its step in
 * one transaction; if that transaction fails the file written for it is removed again.
 */
final class CaseFiles {

    private final CaseContext context;
    private final AttachmentStore files;
    private final CaseSteps steps;
    private final CaseAudit audit;

    CaseFiles(CaseContext context, AttachmentStore files, CaseSteps steps, CaseAudit audit) {
        this.context = context;
        this.files = files;
        this.steps = steps;
        this.audit = audit;
    }

    AttachmentInfo attach(UserPrincipal user, long caseId, String fileName, InputStream content) {
        String name = sanitise(fileName);
        if (content == null) {
            throw ValidationException.of("file", "case.error.required");
        }
        // permission and state first, so a refused user's bytes never reach the disk
        context.store().read(em -> {
            CaseRecord record = CaseReader.load(em, caseId);
            context.access().check(user, CaseAction.ATTACH.permission(), record.unitId);
            Transitions.require(record, false, CaseAction.ATTACH);
            return null;
        });
        AttachmentStore.StoredFile file = files.store(content);
        AttachmentInfo info;
        try {
            info = CaseTransactions.write(context.store(), em -> {
                CaseRecord record = CaseReader.load(em, caseId);
                context.access().check(user, CaseAction.ATTACH.permission(), record.unitId);
                Transitions.require(record, false, CaseAction.ATTACH);
                Attachment attachment = new Attachment();
                attachment.caseId = caseId;
                attachment.fileName = name;
                attachment.mediaType = file.mediaType();
                attachment.size = file.size();
                attachment.sha256 = file.sha256();
                attachment.addedAt = Times.utc(Instant.now(context.clock()));
                attachment.addedBy = user.login();
                em.persist(attachment);
                Map<String, String> details = new LinkedHashMap<>();
                details.put("file", name);
                details.put("sha256", file.sha256());
                details.put("size", Long.toString(file.size()));
                CaseStatus status = CaseStatus.valueOf(record.status);
                steps.add(em, record, user, CaseAction.ATTACH, status, status, details);
                em.flush();
                audit.changed("case.attach", user, caseId, record.unitId, Map.of("sha256", file.sha256()));
                return new AttachmentInfo(attachment.getId(), name, file.mediaType(), file.size(), file.sha256(),
                        Times.instant(attachment.addedAt), user.login());
            });
        } catch (RuntimeException e) {
            files.discard(file);
            throw e;
        }
        return info;
    }

    /** A file checked and written to the store, waiting for the intake's transaction. */
    record Pending(String name, AttachmentStore.StoredFile file) {
    }

    /**
     * Checks and stores the files brought with a letter (the user may take in at the unit: checked before). The
     * first refused file discards those already stored and is reported on {@code attachments} with its name,
     * followed by the reason.
     */
    List<Pending> storeAll(List<IntakeAttachment> attachments) {
        List<Pending> stored = new ArrayList<>();
        for (IntakeAttachment attachment : attachments) {
            String shown = attachment.fileName() == null ? "" : attachment.fileName().strip();
            try {
                String name = sanitise(attachment.fileName());
                stored.add(new Pending(name, files.store(attachment.content())));
            } catch (ValidationException e) {
                discardAll(stored);
                List<Violation> violations = new ArrayList<>();
                violations.add(Violation.of("attachments", "case.error.attachment.refused-at-intake", shown));
                violations.addAll(e.violations());
                throw new ValidationException(violations);
            } catch (RuntimeException e) {
                discardAll(stored);
                throw e;
            }
        }
        return stored;
    }

    /** Saves the stored files as attachments of a case being created, in the creating transaction. */
    void recordAll(EntityManager em, CaseRecord record, UserPrincipal user, List<Pending> pending) {
        CaseStatus status = CaseStatus.valueOf(record.status);
        for (Pending p : pending) {
            Attachment attachment = new Attachment();
            attachment.caseId = record.getId();
            attachment.fileName = p.name();
            attachment.mediaType = p.file().mediaType();
            attachment.size = p.file().size();
            attachment.sha256 = p.file().sha256();
            attachment.addedAt = Times.utc(Instant.now(context.clock()));
            attachment.addedBy = user.login();
            em.persist(attachment);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("file", p.name());
            details.put("sha256", p.file().sha256());
            details.put("size", Long.toString(p.file().size()));
            steps.add(em, record, user, CaseAction.ATTACH, status, status, details);
            audit.changed("case.attach", user, record.getId(), record.unitId, Map.of("sha256", p.file().sha256()));
        }
        em.flush();
    }

    /** Removes stored files whose transaction did not commit. */
    void discardAll(List<Pending> pending) {
        for (Pending p : pending) {
            files.discard(p.file());
        }
    }

    /** The last path segment, without control characters; refused when empty or too long. */
    static String sanitise(String fileName) {
        if (fileName == null) {
            throw ValidationException.of("fileName", "case.error.required");
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ValidationException.of("fileName", "case.error.required");
        }
        if (name.length() > 255) {
            throw ValidationException.of("fileName", "case.error.too-long", 255);
        }
        return name;
    }
}
