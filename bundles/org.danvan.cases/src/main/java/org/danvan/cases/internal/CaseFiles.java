package org.danvan.cases.internal;

import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.danvan.cases.api.AttachmentInfo;
import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.internal.model.Attachment;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

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
