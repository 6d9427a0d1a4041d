package org.danvan.citizen.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the public online submission form (PID {@code org.danvan.citizen.online}). */
@ObjectClassDefinition(name = "DanVan online submission", description = "Communes that accept online petitions, "
        + "abuse limits, office hours")
public @interface OnlineSubmissionConfiguration {

    String PID = "org.danvan.citizen.online";

    @AttributeDefinition(description = "Codes of the org units (communes) that accept online submissions, separated "
            + "by commas; empty = the form accepts nothing")
    String onlineUnitCodes() default "";

    @AttributeDefinition(description = "Submissions one client address may send per hour")
    int submissionsPerHour() default 5;

    @AttributeDefinition(description = "Leading zero bits of the browser's proof of work (16 = about 65,000 hashes)")
    int proofOfWorkBits() default 16;

    @AttributeDefinition(description = "Largest attached file, in megabytes")
    int maxFileMegabytes() default 10;

    @AttributeDefinition(description = "Files one submission may carry")
    int maxFiles() default 3;

    @AttributeDefinition(description = "Office hours on working days, HH:mm-HH:mm (Vietnam time)")
    String officeHours() default "07:30-17:00";

    @AttributeDefinition(description = "The same text to the same commune is refused for this many hours")
    int duplicateWindowHours() default 24;

    @AttributeDefinition(description = "Version of the personal-data consent text shown (kept with each case)")
    String consentVersion() default "pdp-2026-12";
}
