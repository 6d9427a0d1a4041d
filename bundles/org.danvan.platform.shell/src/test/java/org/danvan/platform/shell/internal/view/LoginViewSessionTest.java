package org.danvan.platform.shell.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpServletRequest;

/** Sign-in and session fixation; SessionSecurityIT checks the cookie in the distribution. */
class LoginViewSessionTest {

    @Test
    void signingInChangesTheSessionIdInPlace() {
        List<String> calls = new ArrayList<>();
        HttpServletRequest http = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> {
                    calls.add(method.getName());
                    return method.getName().equals("changeSessionId") ? "renewed" : null;
                });
        LoginView.renewSessionId(new VaadinServletRequest(http, null));
        // not invalidate-then-create: Jetty gives the new session the id the request asked for (see LoginView)
        assertEquals(List.of("changeSessionId"), calls);
    }
}
