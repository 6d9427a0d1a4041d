package org.danvan.nationalexport.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code org.danvan.nationalexport} (etc/org.danvan.nationalexport.cfg). */
@ObjectClassDefinition(name = "DanVan national database export",
        description = "Where and how often cases are sent to the national database (Decree 55/2022/NĐ-CP)")
public @interface ExportConfiguration {

    /** The configuration's PID. */
    String PID = "org.danvan.nationalexport";

    @AttributeDefinition(description = "The receiver's address (http or https); empty: nothing is sent")
    String endpoint() default "";

    @AttributeDefinition(description = "Bearer token sent to the receiver; never logged", type = AttributeType.PASSWORD)
    String token() default "";

    @AttributeDefinition(description = "This installation's name in every batch, e.g. the province's code")
    String sender() default "danvan";

    @AttributeDefinition(description = "Seconds between two looks for new and changed cases (10 to 86400)")
    int intervalSeconds() default 900;

    @AttributeDefinition(description = "First wait after a failed batch, in seconds; doubled per failure")
    int retryBaseSeconds() default 30;

    @AttributeDefinition(description = "Longest wait after failed batches, in seconds")
    int retryMaxSeconds() default 3600;

    @AttributeDefinition(description = "Records per batch (1 to 500)")
    int batchSize() default 100;

    @AttributeDefinition(description = "Seconds to wait for the receiver's answer (1 to 300)")
    int timeoutSeconds() default 30;
}
