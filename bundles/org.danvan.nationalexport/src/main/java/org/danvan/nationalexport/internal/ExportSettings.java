package org.danvan.nationalexport.internal;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration, checked. An endpoint that is missing or not an http(s) address leaves the adapter idle with the
 * problem's translation key, shown on the administrators' screen; numbers out of range are refused the same way.
 */
record ExportSettings(URI endpoint, String token, String sender, Duration interval, Backoff backoff, int batchSize,
        Duration timeout, String problem) {

    static final int MIN_INTERVAL = 2;

    static ExportSettings of(ExportConfiguration config) {
        String problem = null;
        URI endpoint = null;
        String text = config.endpoint() == null ? "" : config.endpoint().strip();
        if (text.isEmpty()) {
            problem = "national-export.config.noEndpoint";
        } else {
            try {
                URI uri = URI.create(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                        || uri.getUserInfo() != null || uri.getFragment() != null) {
                    problem = "national-export.config.badEndpoint";
                } else {
                    endpoint = uri;
                }
            } catch (IllegalArgumentException e) {
                problem = "national-export.config.badEndpoint";
            }
        }
        int interval = config.intervalSeconds();
        int base = config.retryBaseSeconds();
        int max = config.retryMaxSeconds();
        int batch = config.batchSize();
        int timeout = config.timeoutSeconds();
        String sender = config.sender() == null ? "" : config.sender().strip();
        if (problem == null && (interval < MIN_INTERVAL || interval > 86_400 || base < 1 || max < base
                || max > 86_400 || batch < 1 || batch > 500 || timeout < 1 || timeout > 300)) {
            problem = "national-export.config.badNumbers";
        }
        if (problem == null && (sender.isEmpty() || sender.length() > 64)) {
            problem = "national-export.config.badSender";
        }
        if (problem != null) {
            endpoint = null;
        }
        return new ExportSettings(endpoint, config.token() == null ? "" : config.token().strip(), sender,
                Duration.ofSeconds(Math.max(interval, MIN_INTERVAL)),
                new Backoff(Duration.ofSeconds(Math.max(base, 1)), Duration.ofSeconds(Math.max(max, Math.max(base, 1)))),
                Math.min(Math.max(batch, 1), 500), Duration.ofSeconds(Math.min(Math.max(timeout, 1), 300)), problem);
    }

    boolean configured() {
        return endpoint != null;
    }

    /** The endpoint as shown and audited: no query (it might carry a key). */
    String shownEndpoint() {
        if (endpoint == null) {
            return null;
        }
        return endpoint.getScheme() + "://" + endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort())
                + (endpoint.getPath() == null ? "" : endpoint.getPath());
    }

    /**
     * What a configuration change is audited with: everything but the token, of which only whether it is set and a
     * short fingerprint (so a changed token is seen as a change, never readable).
     */
    Map<String, String> auditDetails() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("endpoint", endpoint == null ? "-" : shownEndpoint());
        details.put("problem", problem == null ? "-" : problem);
        details.put("token", token.isEmpty() ? "-" : "set:" + NationalRecordFormat.hash("nx-token:" + token).substring(0, 8));
        details.put("sender", sender);
        details.put("intervalSeconds", Long.toString(interval.toSeconds()));
        details.put("retrySeconds", backoff.base().toSeconds() + "-" + backoff.max().toSeconds());
        details.put("batchSize", Integer.toString(batchSize));
        details.put("timeoutSeconds", Long.toString(timeout.toSeconds()));
        return details;
    }
}
