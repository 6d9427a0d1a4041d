package org.danvan.platform.api.evidence;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Offers evidence about units or people. Register as an OSGi service; answer quickly (grouped queries, no per-record
 * work) and only with what the asker may see — check {@link org.danvan.platform.api.security.AccessControl} with
 * {@link EvidenceQuery#asker()} as for a screen of your module.
 */
@ConsumerType
public interface EvidenceProvider {

    /**
     * The kinds this provider can answer, e.g. {@code cases.resolved-on-time}; consumers map their criteria to kinds
     * (as data) and show which are available.
     */
    List<EvidenceKind> kinds();

    /**
     * The evidence for a query: for a unit and its subtree, or for one person when {@link EvidenceQuery#personUserId()}
     * is set; empty when there is none or the asker may not see it.
     */
    List<Evidence> evidence(EvidenceQuery query);
}
