package org.danvan.nationalexport.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;

import org.danvan.nationalexport.internal.Acknowledgements.Ack;

/**
 * Posts one batch and reads the answer. Anything but a 2xx with an acknowledgement of this format is a failure of the
 * whole batch, to be retried later: 5xx, 429, a timeout, a refused connection, and also a whole-batch 4xx (a wrong
 * token or address, which only the administrator can mend; it is shown as the last error). A record the receiver
 * refuses on its own comes as {@code rejected} inside a 2xx answer and blocks nothing else.
 */
final class BatchSender {

    /** The answer: the acknowledgements, or what went wrong (no secret in it). */
    record Outcome(Map<String, Ack> acks, String error) {
        boolean answered() {
            return acks != null;
        }
    }

    private final HttpClient http;

    BatchSender(HttpClient http) {
        this.http = http;
    }

    Outcome post(ExportSettings settings, String batchId, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("X-Danvan-Format", NationalRecordFormat.FORMAT)
                .header("Idempotency-Key", batchId)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!settings.token().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "timeout after " + settings.timeout().toSeconds() + " s");
        } catch (IOException e) {
            return new Outcome(null, "connection failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            return new Outcome(null, "HTTP " + status);
        }
        try {
            return new Outcome(Acknowledgements.parse(response.body()), null);
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "HTTP " + status + " without a valid acknowledgement");
        }
    }
}
