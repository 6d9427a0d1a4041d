package org.danvan.reception.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of citizen reception, PID {@code org.danvan.reception}. */
@ObjectClassDefinition(name = "DanVan citizen reception", description = "Where the key protecting the citizens' "
        + "personal data in the reception book was kept before the platform's key service.")
public @interface ReceptionConfiguration {

    /** The configuration PID. */
    String PID = "org.danvan.reception";

    @AttributeDefinition(name = "Old personal-data key file", description = "File that held the Base64 256-bit master "
            + "key of the reception book before the key service (empty: ${karaf.data}/reception/personal-data.key). "
            + "When it exists and the key ring reception-personal-data does not, its keys are imported into "
            + "etc/danvan.keys, so old entries stay readable, and the file is moved to ${karaf.data}/retired-keys.")
    String keyFile() default "";
}
