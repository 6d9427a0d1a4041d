package org.danvan.rest.internal.http;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the REST API (PID {@code org.danvan.rest}). */
@ObjectClassDefinition(name = "DanVan REST API", description = "Rate limits of /api/v1")
public @interface ApiConfiguration {

    @AttributeDefinition(description = "Calls one token may make at once and per minute (one comes back every"
            + " 60/N seconds)")
    int requestsPerMinute() default 120;

    @AttributeDefinition(description = "Calls without a valid token one client address may make per minute")
    int anonymousRequestsPerMinute() default 30;

    @AttributeDefinition(description = "Largest request body accepted, in kilobytes")
    int maxBodyKilobytes() default 256;
}
