package org.danvan.platform.api.rest;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A group of REST operations a bundle offers under {@code /api/v1/}, registered as an OSGi service (whiteboard). The
 * API bundle picks the operations up while the service is registered and drops them when it leaves; the OpenAPI
 * document lists exactly the operations of the resources present.
 */
@ConsumerType
public interface RestResource {

    /**
     * The OpenAPI tag grouping this resource's operations, e.g. {@code cases}.
     */
    String tag();

    /**
     * The operations. Paths are relative to {@code /api/v1} and start with {@code /}; a path segment
     * {@code {name}} is a path parameter. Two resources must not declare the same method and path (the first
     * registered keeps it; the other is logged and left out).
     */
    List<RestOperation> operations();
}
