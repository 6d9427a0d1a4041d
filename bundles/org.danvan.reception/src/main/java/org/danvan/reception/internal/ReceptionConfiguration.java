package org.danvan.reception.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of citizen reception, PID {@code org.danvan.reception}. */
@ObjectClassDefinition(name = "DanVan citizen reception", description = "Where the key protecting the citizens' "
        + "personal data in the reception book is kept.")
public @interface ReceptionConfiguration {

    /** The configuration PID. */
    String PID = "org.danvan.reception";

    @AttributeDefinition(name = "Personal-data key file", description = "File holding the Base64 256-bit master key "
            + "that encrypts names, addresses and ID numbers of the reception book. Created with a random key on first "
            + "start. Empty: ${karaf.data}/reception/personal-data.key. Back it up apart from the database: without "
            + "it the personal data cannot be read.")
    String keyFile() default "";
}
