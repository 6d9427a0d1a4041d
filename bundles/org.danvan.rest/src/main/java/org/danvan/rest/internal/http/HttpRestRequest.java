package org.danvan.rest.internal.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.danvan.platform.api.rest.RestRequest;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.rest.internal.tokens.Bearer;

/** A servlet request as a resource sees it. */
final class HttpRestRequest implements RestRequest {

    private final Bearer bearer;
    private final Locale locale;
    private final Map<String, String> variables;
    private final HttpServletRequest request;
    private final Map<String, Object> body;

    HttpRestRequest(Bearer bearer, Locale locale, Map<String, String> variables, HttpServletRequest request,
            Map<String, Object> body) {
        this.bearer = bearer;
        this.locale = locale;
        this.variables = Map.copyOf(variables);
        this.request = request;
        this.body = body;
    }

    @Override
    public UserPrincipal user() {
        return bearer.user();
    }

    @Override
    public String tokenId() {
        return String.valueOf(bearer.tokenId());
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String pathParameter(String name) {
        return variables.get(name);
    }

    @Override
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(request.getParameter(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Map<String, Object> body() {
        return body;
    }

    @Override
    public String remoteAddress() {
        return request.getRemoteAddr();
    }
}
