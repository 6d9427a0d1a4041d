package org.danvan.cases.internal;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.internal.model.Attachment;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

/**
 * Reveals protected data: the clear identity of petitioners and the attachments of a denunciation. The audit entry
 * (with the reason) is written before anything is decrypted or opened; when it cannot be written, nothing is.
 */
final class ProtectedAccess {

    static final int MIN_REASON = 10;

    private final CaseContext context;
    private final IdentityVault vault;
    private final AttachmentStore files;
    private final CaseAudit audit;

    ProtectedAccess(CaseContext context, IdentityVault vault, AttachmentStore files, CaseAudit audit) {
        this.context = context;
        this.vault = vault;
        this.files = files;
        this.audit = audit;
    }

    List<PersonData> unmask(UserPrincipal user, long caseId, String reason) {
        checkReason(reason);
        return context.store().read(em -> {
            CaseRecord record = CaseReader.load(em, caseId);
            context.access().check(user, CasePermissions.UNMASK, record.unitId);
            audit.reveal("case.unmask", user, record, Map.of("reason", reason.strip(), "number", record.number));
            return vault.read(em, caseId);
        });
    }

    InputStream openAttachment(UserPrincipal user, long caseId, long attachmentId, String reason) {
        String sha = context.store().read(em -> {
            CaseRecord record = CaseReader.load(em, caseId);
            context.access().check(user, CasePermissions.VIEW, record.unitId);
            Attachment attachment = em.find(Attachment.class, attachmentId);
            if (attachment == null || attachment.caseId != caseId) {
                throw ValidationException.of("attachmentId", "case.error.attachment.unknown");
            }
            if (CaseKind.valueOf(record.kind).protectsIdentity()) {
                // a denunciation's letter and its scans carry the denouncer's handwriting and name
                checkReason(reason);
                context.access().check(user, CasePermissions.UNMASK, record.unitId);
                Map<String, String> details = new LinkedHashMap<>();
                details.put("reason", reason.strip());
                details.put("attachment", Long.toString(attachmentId));
                audit.reveal("case.attachment.open", user, record, details);
            }
            return attachment.sha256;
        });
        return files.open(sha);
    }

    private static void checkReason(String reason) {
        if (reason == null || reason.strip().length() < MIN_REASON) {
            throw ValidationException.of("reason", "case.error.unmask.reason", MIN_REASON);
        }
        if (reason.length() > 500) {
            throw ValidationException.of("reason", "case.error.too-long", 500);
        }
    }
}
