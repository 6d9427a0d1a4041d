package org.danvan.citizen.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.PublicStatus;

/**
 * A case engine that knows some tracking codes and records what it was asked. Any call other than
 * {@code publicStatus} fails the test: the status page must not reach for anything beyond the public status.
 */
final class FakeCases {

    final Map<String, PublicStatus> byCode = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    final CaseService service = (CaseService) Proxy.newProxyInstance(CaseService.class.getClassLoader(),
            new Class<?>[] { CaseService.class }, (proxy, method, args) -> {
                switch (method.getName()) {
                case "publicStatus":
                    asked.add((String) args[0]);
                    return Optional.ofNullable(byCode.get((String) args[0]));
                case "toString":
                    return "FakeCases";
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    throw new AssertionError("the citizen page called CaseService." + method.getName());
                }
            });
}
