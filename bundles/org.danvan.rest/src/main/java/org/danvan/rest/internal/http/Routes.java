package org.danvan.rest.internal.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.platform.api.rest.RestOperation;
import org.danvan.platform.api.rest.RestResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations of the registered {@link RestResource}s, matched by method and path. A resource's operations come
 * and go with its service; an operation whose method and path another resource already declared is left out.
 */
public final class Routes {

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)\\}");

    /** An operation with the resource declaring it and its path as a pattern. */
    public record Route(RestResource resource, String tag, RestOperation operation, Pattern pattern,
            List<String> variables) {
    }

    /** A match: the route and the values of its path variables. */
    public record Match(Route route, Map<String, String> variables) {
    }

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** Adds a resource's operations. */
    public synchronized void add(RestResource resource) {
        String tag = resource.tag();
        for (RestOperation operation : resource.operations()) {
            boolean taken = routes.stream().anyMatch(r -> r.operation().method().equals(operation.method())
                    && r.operation().path().equals(operation.path())
                    || r.operation().operationId().equals(operation.operationId()));
            if (taken) {
                LOG.warn("REST operation {} {} ({}) of {} is already declared; left out", operation.method(),
                        operation.path(), operation.operationId(), resource.getClass().getName());
                continue;
            }
            List<String> variables = new ArrayList<>();
            Matcher m = VARIABLE.matcher(operation.path());
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(operation.path().substring(last, m.start()))).append("([^/]+)");
                variables.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(operation.path().substring(last)));
            routes.add(new Route(resource, tag, operation, Pattern.compile(regex.toString()), List.copyOf(variables)));
        }
    }

    /** Removes a resource's operations. */
    public synchronized void remove(RestResource resource) {
        routes.removeIf(r -> r.resource() == resource);
    }

    /** The routes, by path then method. */
    public List<Route> all() {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparing((Route r) -> r.operation().path()).thenComparing(r -> r.operation().method()));
        return sorted;
    }

    /** The operation for a method and a path below {@code /api/v1}; literal paths win over templates. */
    public Optional<Match> match(String method, String path) {
        Match best = null;
        for (Route route : routes) {
            if (!route.operation().method().equals(method)) {
                continue;
            }
            Matcher m = route.pattern().matcher(path);
            if (m.matches() && (best == null || route.variables().size() < best.route().variables().size())) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < route.variables().size(); i++) {
                    values.put(route.variables().get(i), m.group(i + 1));
                }
                best = new Match(route, values);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether some operation has this path with another method (405 rather than 404). */
    public boolean pathExists(String path) {
        return routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
    }
}
