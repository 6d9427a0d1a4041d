package org.danvan.platform.ui.spi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A place in the shell: a route of a {@link DanvanView} and its query parameters, e.g. {@code ho-so-vu-viec} with
 * {@code ds=OVERDUE}.
 *
 * @param route route path without a leading slash
 * @param parameters query parameters in order (single values)
 */
public record HomeLink(String route, Map<String, String> parameters) {

    public HomeLink {
        Objects.requireNonNull(route, "route");
        if (route.startsWith("/")) {
            throw new IllegalArgumentException("Route without a leading slash: " + route);
        }
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A route without parameters. */
    public static HomeLink of(String route) {
        return new HomeLink(route, Map.of());
    }

    /** A route with parameters given as name, value, name, value... */
    public static HomeLink of(String route, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values come in pairs");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new HomeLink(route, parameters);
    }

    /** The location as the browser shows it, e.g. {@code ho-so-vu-viec?ds=OVERDUE}. */
    public String location() {
        if (parameters.isEmpty()) {
            return route;
        }
        return route + "?" + parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
