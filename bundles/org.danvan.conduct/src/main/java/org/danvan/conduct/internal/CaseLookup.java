package org.danvan.conduct.internal;

import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;

/**
 * The case engine as far as this module needs it: a case number linked to an inspection or a sanction, checked among
 * the cases the user may view. Reports on officials' conduct arrive as cases of the engine; this module links them by
 * number.
 */
interface CaseLookup {

    /** No case engine: linking cases is refused with a message. */
    CaseLookup NONE = new CaseLookup() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<String> number(UserPrincipal user, String typed) {
            return Optional.empty();
        }
    };

    boolean available();

    /** The case's number as the engine writes it, or empty when the user may view no such case. */
    Optional<String> number(UserPrincipal user, String typed);
}
