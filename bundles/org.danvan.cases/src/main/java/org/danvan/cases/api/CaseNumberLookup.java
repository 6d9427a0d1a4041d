package org.danvan.cases.api;

import java.util.Optional;
import java.util.function.Supplier;

import org.danvan.platform.api.security.UserPrincipal;

/**
 * The case engine as far as a module that links its records to cases by number needs it: the number a user typed
 * (a case number or id), checked among the cases that user may view. A module keeps an optional, dynamic reference to
 * {@link CaseService} and looks numbers up through {@link #of(Supplier)}, so it runs, refusing links with a message,
 * while the case engine is absent.
 *
 * @since 1.3.0
 */
public interface CaseNumberLookup {

    /** No case engine: linking cases is refused. */
    CaseNumberLookup NONE = new CaseNumberLookup() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<String> number(UserPrincipal user, String typed) {
            return Optional.empty();
        }
    };

    /** Whether a case engine answers now. */
    boolean available();

    /** The case's number as the engine writes it, or empty when the user may view no such case (or none answers). */
    Optional<String> number(UserPrincipal user, String typed);

    /**
     * The lookup through whatever engine {@code engine} gives at the time of each call ({@code null} while none is
     * bound).
     */
    static CaseNumberLookup of(Supplier<CaseService> engine) {
        return new CaseNumberLookup() {
            @Override
            public boolean available() {
                return engine.get() != null;
            }

            @Override
            public Optional<String> number(UserPrincipal user, String typed) {
                CaseService service = engine.get();
                return service == null ? Optional.empty()
                        : service.findByNumberOrId(user, typed).map(CaseSummary::number);
            }
        };
    }
}
