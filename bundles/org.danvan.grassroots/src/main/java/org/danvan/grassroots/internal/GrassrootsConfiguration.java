package org.danvan.grassroots.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the grassroots democracy module (PID {@code org.danvan.grassroots}, file
 * {@code etc/org.danvan.grassroots.cfg}): how many comments one client address may leave on the public pages. The
 * address is the servlet's remote address: behind a reverse proxy, turn on the container's forwarded headers (README,
 * "HTTPS") so that it is the citizen's and not the proxy's.
 */
@ObjectClassDefinition(name = "DanVan grassroots democracy", description = "Limits of the public comment form")
public @interface GrassrootsConfiguration {

    String PID = "org.danvan.grassroots";

    @AttributeDefinition(description = "Comments one client address may leave in the window (1-100)")
    int commentsPerWindow() default GrassrootsServices.COMMENTS_PER_WINDOW;

    @AttributeDefinition(description = "The window in minutes (1-1440)")
    int commentWindowMinutes() default GrassrootsServices.COMMENT_WINDOW_MINUTES;
}
