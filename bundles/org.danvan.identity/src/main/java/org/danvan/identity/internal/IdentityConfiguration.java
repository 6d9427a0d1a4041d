package org.danvan.identity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the identity core, PID {@code org.danvan.identity}. */
@ObjectClassDefinition(name = "DanVan identity",
        description = "First-run behaviour of the identity core.")
public @interface IdentityConfiguration {

    String PID = "org.danvan.identity";

    @AttributeDefinition(name = "Demo data",
            description = "On first start (no users yet): true creates a demo province with demo users whose "
                    + "passwords are published (admin/admin); false creates only the administrator, with a random "
                    + "password written once to the Karaf log. Ignored once users exist.")
    boolean demoData() default true;
}
