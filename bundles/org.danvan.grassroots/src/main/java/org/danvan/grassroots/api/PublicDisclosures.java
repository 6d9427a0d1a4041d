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
