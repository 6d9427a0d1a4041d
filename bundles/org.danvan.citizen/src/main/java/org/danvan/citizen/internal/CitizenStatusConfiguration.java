package org.danvan.citizen.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the citizen status page (PID {@code org.danvan.citizen}). */
@ObjectClassDefinition(name = "DanVan citizen status page", description = "Look-up limits and reverse proxies")
public @interface CitizenStatusConfiguration {

    String PID = "org.danvan.citizen";

    @AttributeDefinition(description = "Look-ups one client address may do at once and per minute")
    int lookupsPerMinute() default 10;

    @AttributeDefinition(description = "Client addresses the limiter remembers at most (least recently seen dropped "
            + "first); about 200 bytes each")
    int maxTrackedAddresses() default 10000;

    @AttributeDefinition(description = "Addresses of reverse proxies whose X-Forwarded-For header is believed, "
            + "separated by commas; empty = the header is ignored and the TCP peer is the client")
    String trustedProxies() default "";
}
