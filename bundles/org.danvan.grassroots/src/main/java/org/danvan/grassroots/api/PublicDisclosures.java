package org.danvan.grassroots.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The narrow service behind the public page: it answers for a commune code with public information only, and only
 * for communes where the module is enabled. It can do nothing else.
 */
@ProviderType
public interface PublicDisclosures {

    /**
     * What a commune discloses today.
     *
     * @param communeCode the official code of a commune (as in {@code /cong-khai?xa=<code>})
     * @return empty when no current commune has that code or the module is not enabled there
     */
    Optional<CommunePage> page(String communeCode);

    /** Translation key: too many comments from this connection in a short time. */
    String RATE_LIMITED = "grassroots.validation.comment.rateLimited";
    /** Translation key: the consultation takes no comments (unknown here, not open today). */
    String NOT_OPEN = "grassroots.validation.comment.notOpen";

    /**
     * The consultations of a commune a citizen may see: open ones, and closed ones with their explanation.
     *
     * @return empty when the commune has no page (as {@link #page})
     */
    List<PublicConsultation> consultations(String communeCode);

    /**
     * Leaves a citizen's comment, without an account. Limited per connection: a few comments in a short time.
     *
     * @param requesterKey who sends it, for the limit (the client address)
     * @throws org.danvan.platform.api.validation.ValidationException for a broken comment, a consultation not open
     *             in that commune today, or too many comments from the requester
     */
    void comment(String communeCode, long consultationId, CommentDraft draft, String requesterKey);

    /**
     * A commune's public page.
     *
     * @param communeName the commune's name
     * @param disclosures what is up today in the commune and its villages, by group then latest decision first
     */
    record CommunePage(String communeName, List<PublicDisclosure> disclosures) {

        public CommunePage {
            disclosures = List.copyOf(disclosures);
        }
    }
}
