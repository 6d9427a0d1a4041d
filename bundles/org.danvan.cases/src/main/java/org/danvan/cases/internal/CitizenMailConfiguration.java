package org.danvan.cases.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The milestone mails to citizens ({@code etc/org.danvan.cases.citizenmail.cfg}). */
@ObjectClassDefinition(name = "DanVan citizens' milestone mails")
public @interface CitizenMailConfiguration {

    String PID = "org.danvan.cases.citizenmail";

    @AttributeDefinition(description = "Public address of the status page that the mails link to ('?ma=<code>' is added)")
    String statusPageUrl() default "http://localhost:8181/tra-cuu";

    @AttributeDefinition(description = "Seconds between two passes over the outbox")
    int intervalSeconds() default 30;

    @AttributeDefinition(description = "Attempts before a mail is given up")
    int maxAttempts() default 8;

    @AttributeDefinition(description = "Seconds to wait after the first failure; doubled after each further one, at most 6 hours")
    int firstRetrySeconds() default 60;

    @AttributeDefinition(description = "Days an unsent mail is kept (waiting for a mail service or between attempts) before it is given up")
    int keepDays() default 30;
}
