package org.danvan.citizen.internal;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.PublicStatus;
import org.danvan.platform.api.validation.ValidationException;

/**
 * One citizen look-up: checks the limit of the asking address, then the code, then asks the case engine. A code that
 * cannot be a tracking code and a code nobody was given get the same refusal, so the format cannot be probed; both
 * count against the limit. Both also cost the same: a malformed code makes the same database look-up, with a random
 * well-formed decoy whose answer is thrown away, so that the time of the answer does not tell malformed from unknown.
 */
final class StatusLookup {

    static final String FIELD = "trackingCode";
    static final String REQUIRED = "citizen.status.error.required";
    static final String NOT_FOUND = "citizen.status.error.notFound";
    static final String TOO_MANY = "citizen.status.error.tooMany";

    private final CaseService cases;
    private final LookupLimiter limiter;

    StatusLookup(CaseService cases, LookupLimiter limiter) {
        this.cases = cases;
        this.limiter = limiter;
    }

    /**
     * The public status of the case with the typed code.
     *
     * @param limiterKey who asks (see {@link ClientAddress#limiterKey})
     * @param typedCode the code as typed
     * @throws ValidationException with {@link #REQUIRED} for an empty input (not counted), {@link #TOO_MANY} and the
     *             seconds to wait when the address used up its look-ups, {@link #NOT_FOUND} otherwise
     */
    PublicStatus lookUp(String limiterKey, String typedCode) {
        if (TrackingCodeInput.isBlank(typedCode)) {
            throw ValidationException.of(FIELD, REQUIRED);
        }
        LookupLimiter.Admission admission = limiter.admit(limiterKey);
        if (!admission.granted()) {
            throw ValidationException.of(null, TOO_MANY, admission.retryAfterSeconds());
        }
        Optional<String> code = TrackingCodeInput.canonical(typedCode);
        Optional<PublicStatus> status = cases.publicStatus(code.orElseGet(StatusLookup::decoy));
        if (code.isEmpty() || status.isEmpty()) {
            throw ValidationException.of(FIELD, NOT_FOUND);
        }
        return status.get();
    }

    /** A well-formed code nobody typed (2^-64 to be anybody's; its answer is ignored anyway). */
    static String decoy() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder(TrackingCodeInput.LENGTH);
        for (int i = 0; i < TrackingCodeInput.LENGTH; i++) {
            code.append(TrackingCodeInput.ALPHABET.charAt(random.nextInt(TrackingCodeInput.ALPHABET.length())));
        }
        return code.toString();
    }
}
