package org.danvan.cases.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The narrow door through which a citizen's online submission enters the case engine: it can record a new case on
 * the electronic channel and nothing else — it reads no case, reveals no identity. The public submission page holds
 * this service, not {@link CaseService}. No staff user is behind the call: the engine records the step and the audit
 * entry under the portal's own actor ({@link #ACTOR_LOGIN}). The caller (the public page) is responsible for the
 * abuse checks (rate limits, proof of work) and for knowing which units accept online submissions.
 *
 * @since 1.3.0
 */
@ProviderType
public interface OnlineIntake {

    /** The login written as actor of the intake step and audit entry of an online submission. */
    String ACTOR_LOGIN = "cong-truc-tuyen";

    /**
     * Records an online submission as a new case on {@link Channel#ONLINE}, with its attachments, in one transaction:
     * the next per-unit yearly number, a tracking code, the identity encrypted (a denouncer's as at the counter), the
     * first clock started on {@code receivedOn}, duplicates looked for across all units and left for an officer.
     *
     * @throws org.danvan.platform.api.validation.ValidationException for refused input (as for an intake at the
     *             counter), for a received day before today or after the next working day, for refused files
     */
    OnlineReceipt submit(OnlineSubmission submission);
}
