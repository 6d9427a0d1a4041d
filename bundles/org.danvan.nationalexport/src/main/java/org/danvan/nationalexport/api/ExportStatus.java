package org.danvan.nationalexport.api;

import java.time.Instant;

/**
 * Where the export stands.
 *
 * @param configured whether an endpoint is configured and valid
 * @param endpoint the endpoint's address (scheme, host, port, path; never a credential), {@code null} if none
 * @param configurationProblem translation key of what is wrong with the configuration, {@code null} if nothing
 * @param waiting records changed and not yet sent
 * @param sent records sent at least once and not yet acknowledged (being retried)
 * @param acknowledged records whose current content the receiver acknowledged
 * @param rejected records the receiver refused (see {@link NationalExportService#rejected})
 * @param lastSuccess when a batch was last acknowledged, {@code null} if never
 * @param lastError the last failure (e.g. {@code HTTP 503}), kept after later successes; {@code null} if none ever
 * @param lastErrorAt when it happened
 * @param nextAttempt when the adapter sends next, {@code null} if nothing waits
 * @param failures failed attempts in a row
 */
public record ExportStatus(boolean configured, String endpoint, String configurationProblem, long waiting, long sent,
        long acknowledged, long rejected, Instant lastSuccess, String lastError, Instant lastErrorAt,
        Instant nextAttempt, int failures) {
}
