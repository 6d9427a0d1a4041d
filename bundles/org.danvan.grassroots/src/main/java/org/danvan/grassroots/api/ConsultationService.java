package org.danvan.grassroots.api;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Matters put to the people for comment before the authority decides (Law 10/2022, arts. 25–28): the period (at
 * least the rule's days), the comments gathered at meetings, in writing or on the public page, which were taken, and
 * the explanation published when the period has ended. Reading needs {@link GrassrootsPermissions#VIEW} or
 * {@link GrassrootsPermissions#MANAGE_DECISIONS}; changing the latter. Every change is audited.
 */
@ProviderType
public interface ConsultationService {

    /** Translation key: the explanation can be published only after the period. */
    String NOT_CLOSED = "grassroots.validation.consultation.explanation.beforeEnd";
    /** Translation key: the explanation is empty or too long. */
    String EXPLANATION_LENGTH = "grassroots.validation.consultation.explanation.length";
    /** The longest explanation. */
    int EXPLANATION_MAX_LENGTH = 4000;

    /** The consultations the user may read, the latest first (at most 500). */
    List<Consultation> list(UserPrincipal user);

    /** Opens a consultation. */
    Consultation create(ConsultationDraft draft, UserPrincipal user);

    /** The comments of a consultation the user may read, oldest first, with contact details (staff only). */
    List<Comment> comments(long consultationId, UserPrincipal user);

    /** Records a comment gathered at a meeting or in writing, on a day of the period. */
    Comment addComment(long consultationId, CommentChannel channel, CommentDraft draft, UserPrincipal user);

    /** Records whether a comment was taken into account. */
    Comment decide(long commentId, long expectedVersion, boolean taken, UserPrincipal user);

    /** Publishes the explanation of the comments taken and not taken, once the period has ended. */
    Consultation publishExplanation(long id, long expectedVersion, String explanation, UserPrincipal user);
}
