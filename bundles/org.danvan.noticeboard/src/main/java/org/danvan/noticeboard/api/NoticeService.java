package org.danvan.noticeboard.api;

import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The notice board. A notice is <em>published</em> from its {@code publishFrom} day through its {@code expiresOn}
 * day (inclusive; no end when {@code null}), counted in Vietnam's time zone.
 * <p>
 * Who reads what: a notice belongs to a unit. A user who holds {@link NoticeBoardPermissions#VIEW} at a unit reads
 * the notices of that unit and of every unit below it (oversight) and of every unit above it (notices are addressed
 * to the publishing unit's whole subtree). Who writes: publishing needs {@link NoticeBoardPermissions#PUBLISH} at the
 * publisher's own unit, editing and deleting it at the notice's unit. The service decides with the platform's access
 * control itself, whoever calls; every change is audited.
 * <p>
 * Refusals: {@link org.danvan.platform.api.validation.ValidationException} for a draft that breaks a rule (each
 * violation names its field) or a notice deleted meanwhile ({@link #GONE});
 * {@link org.danvan.platform.api.security.AccessDeniedException} without the permission;
 * {@link jakarta.persistence.OptimisticLockException} when the notice changed since the caller read it.
 */
@ProviderType
public interface NoticeService {

    /** The largest page {@link #listPublished} returns. */
    int MAX_PAGE_SIZE = 500;

    /** Translation key: the notice was deleted meanwhile. */
    String GONE = "noticeboard.error.gone";
    /** Translation key: the publisher has no unit to publish for. */
    String NO_UNIT = "noticeboard.validation.unit.required";

    /**
     * A page of the notices published today that the reader may read, newest first (by publication day, then by
     * creation).
     *
     * @param offset number of notices to skip, {@code >= 0}
     * @param limit page size, {@code 1..}{@value #MAX_PAGE_SIZE}
     */
    List<Notice> listPublished(UserPrincipal reader, int offset, int limit);

    /** How many notices published today the reader may read. */
    long countPublished(UserPrincipal reader);

    /** A notice by id, published or not, if the reader may read it. */
    Optional<Notice> find(long id, UserPrincipal reader);

    /** Whether the user may publish a notice for their own unit. */
    boolean mayPublish(UserPrincipal user);

    /** Whether the user may edit and delete a notice. */
    boolean mayEdit(Notice notice, UserPrincipal user);

    /** Publishes a notice for the author's own unit; the author's name and the unit's name are recorded with it. */
    Notice create(NoticeDraft draft, UserPrincipal author);

    /**
     * Replaces a notice's content.
     *
     * @param expectedVersion the version the editor read
     */
    Notice update(long id, long expectedVersion, NoticeDraft draft, UserPrincipal editor);

    /**
     * Deletes a notice.
     *
     * @param expectedVersion the version the user saw
     */
    void delete(long id, long expectedVersion, UserPrincipal user);
}
