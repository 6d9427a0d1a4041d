package org.danvan.platform.api.evidence;

import java.util.Objects;

/**
 * A kind of evidence a provider offers.
 *
 * @param id stable id, prefixed by the providing module, e.g. {@code reception.sessions-held}
 * @param labelKey translation key of its name
 * @param aboutPeople true when it can be asked for one person (else only for units)
 */
public record EvidenceKind(String id, String labelKey, boolean aboutPeople) {

    public EvidenceKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelKey, "labelKey");
    }
}
