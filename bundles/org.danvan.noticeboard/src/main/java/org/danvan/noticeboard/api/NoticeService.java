package org.danvan.noticeboard.api;

import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The notice board. A notice is <em>published</em> from its {@code publishFrom} day through its {@code expiresOn}
 * day (inclusive; no end when {@code null}), counted in Vietnam's time zone. Writing requires
 * {@link NoticeBoardPermissions#PUBLISH}; the service checks it itself, whoever calls.
 */
@ProviderType
public interface NoticeService {

    /** The largest page {@link #listPublished} returns. */
    int MAX_PAGE_SIZE = 500;

    /**
     * A page of the notices published today, newest first (by publication day, then by creation).
     *
     * @param offset number of notices to skip, {@code >= 0}
     * @param limit page size, {@code 1..}{@value #MAX_PAGE_SIZE}
     */
    List<Notice> listPublished(int offset, int limit);

    /** How many notices are published today. */
    long countPublished();

    /** A notice by id, published or not. */
    Optional<Notice> find(long id);

    /**
     * Publishes a notice; the author's name and unit are recorded with it.
     *
     * @throws NoticeValidationException when the draft breaks a rule
     * @throws NoticeAccessException when the author may not publish
     */
    Notice create(NoticeDraft draft, UserPrincipal author);

    /**
     * Replaces a notice's content.
     *
     * @param expectedVersion the version the editor read
     * @throws NoticeConflictException when the notice changed or was deleted since
     * @throws NoticeValidationException when the draft breaks a rule
     * @throws NoticeAccessException when the editor may not publish
     */
    Notice update(long id, long expectedVersion, NoticeDraft draft, UserPrincipal editor);

    /**
     * Deletes a notice.
     *
     * @param expectedVersion the version the user saw
     * @throws NoticeConflictException when the notice changed or was deleted since
     * @throws NoticeAccessException when the user may not publish
     */
    void delete(long id, long expectedVersion, UserPrincipal user);
}
