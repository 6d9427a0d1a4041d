package org.danvan.reception.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of citizen reception, PID {@code org.danvan.reception}. */
@ObjectClassDefinition(name = "DanVan citizen reception", description = "Where the key protecting the citizens' "
        + "personal data in the reception book was kept before the platform's key service, and how long a new entry "
        + "waits before it is exported.")
public @interface ReceptionConfiguration {

    /** The configuration PID. */
    String PID = "org.danvan.reception";

    @AttributeDefinition(name = "Old personal-data key file", description = "File that held the Base64 256-bit master "
            + "key of the reception book before the key service (empty: ${karaf.data}/reception/personal-data.key). "
            + "When it exists and the key ring reception-personal-data does not, its keys are imported into "
            + "etc/danvan.keys, so old entries stay readable, and the file is moved to ${karaf.data}/retired-keys.")
    String keyFile() default "";

    @AttributeDefinition(name = "Export hold (hours)", description = "How long a new reception-book entry stays out of "
            + "the export feed (national database export), so that the day's corrections - a complaint found to be a "
            + "denunciation - are in before anything leaves: 0 to 720, default 24.")
    int exportHoldHours() default 24;
}
