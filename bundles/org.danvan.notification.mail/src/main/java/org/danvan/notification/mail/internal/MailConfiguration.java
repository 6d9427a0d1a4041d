package org.danvan.notification.mail.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The SMTP server and the rhythm of deliveries ({@code etc/org.danvan.notification.mail.cfg}). */
@ObjectClassDefinition(name = "DanVan notifications by e-mail")
public @interface MailConfiguration {

    String PID = "org.danvan.notification.mail";

    @AttributeDefinition(description = "Send notifications by e-mail at all (users still opt in one by one)")
    boolean enabled() default false;

    @AttributeDefinition(description = "SMTP server host")
    String host() default "";

    @AttributeDefinition(description = "SMTP server port")
    int port() default 587;

    @AttributeDefinition(description = "NONE, STARTTLS or SSL")
    String security() default "STARTTLS";

    @AttributeDefinition(description = "SMTP login; empty for none")
    String username() default "";

    @AttributeDefinition(description = "SMTP password (set it in etc/ only, never in a repository)",
            type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "Sender address")
    String from() default "danvan@localhost";

    @AttributeDefinition(description = "Address of the staff application, for the links in messages")
    String applicationUrl() default "http://localhost:8181/";

    @AttributeDefinition(description = "Hour of the day (Vietnam) when daily digests go out")
    int digestHour() default 7;

    @AttributeDefinition(description = "Attempts to send before a message is given up")
    int maxAttempts() default 6;

    @AttributeDefinition(description = "Wait before the first retry (seconds); it doubles with each failure")
    int firstRetrySeconds() default 60;
}
