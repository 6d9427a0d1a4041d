package org.danvan.cases.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the case engine (PID {@code org.danvan.cases}). */
@ObjectClassDefinition(name = "DanVan case engine", description = "Clocks, duplicates and attachments")
public @interface CaseConfiguration {

    String PID = "org.danvan.cases";

    @AttributeDefinition(description = "A case is near due this many working days before its due date")
    int nearDueWorkingDays() default 3;

    @AttributeDefinition(description = "Duplicates are searched among cases received this many days back")
    int duplicateWindowDays() default 365;

    @AttributeDefinition(description = "Share (percent) of the content sketch two cases must share to be duplicates")
    int contentSimilarityPercent() default 50;

    @AttributeDefinition(description = "Largest attachment accepted, in megabytes")
    int maxAttachmentMegabytes() default 20;

    @AttributeDefinition(description = "Attachment content store directory; empty = ${karaf.data}/danvan/attachments")
    String contentStore() default "";
}
