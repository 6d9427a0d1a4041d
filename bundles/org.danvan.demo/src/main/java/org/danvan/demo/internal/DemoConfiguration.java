package org.danvan.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the living demo (PID {@code org.danvan.demo}). */
@ObjectClassDefinition(name = "DanVan demo year", description = "A year of activity for the demo province")
public @interface DemoConfiguration {

    String PID = "org.danvan.demo";

    @AttributeDefinition(description = "Create the demo year at the first start (only where the demo accounts exist)")
    boolean livingYear() default true;

    @AttributeDefinition(description = "Seed of the generator: the same seed gives the same year, relative to the "
            + "day the demo starts")
    long seed() default 15L;

    @AttributeDefinition(description = "Number of cases of the year (at least 60)")
    int cases() default 300;
}
