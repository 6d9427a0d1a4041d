package org.danvan.dissemination.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Documents to disseminate and the sessions of their target units. Issuing needs {@link DisseminationPermissions#MANAGE}
 * at the issuing unit; recording a session {@link DisseminationPermissions#RECORD} at the target unit; reading any of
 * the module's permissions.
 */
@ProviderType
public interface DisseminationService {

    /** The refusal when the record was removed meanwhile. */
    String GONE = "dissemination.validation.gone";

    /** The documents issued in the unit's subtree or targeting it, the latest due first; empty where not readable. */
    List<Document> documents(long unitId, UserPrincipal user);

    Document create(DocumentDraft draft, UserPrincipal user);

    /** Changes a document; the issuing unit stays. */
    Document update(long documentId, long expectedVersion, DocumentDraft draft, UserPrincipal user);

    Session recordSession(SessionDraft draft, UserPrincipal user);

    /** The document's sessions in the units the user may read, by day. */
    List<Session> sessions(long documentId, UserPrincipal user);

    /** The coverage of each target unit the user may read. */
    DocumentProgress progress(long documentId, UserPrincipal user);

    /** The documents issued in the unit's subtree with their progress (the province's view), the latest due first. */
    List<DocumentProgress> report(long unitId, LocalDate from, LocalDate to, UserPrincipal user);

    /** What the units where the user may record sessions must still disseminate, the earliest due first. */
    List<Pending> pending(UserPrincipal user);
}
