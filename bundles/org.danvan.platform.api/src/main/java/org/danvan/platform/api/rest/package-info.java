/**
 * The REST API's whiteboard: a bundle adds resources under {@code /api/v1/} by registering a {@link RestResource}
 * service; the API bundle authenticates the caller (a personal access token), checks the token's scope, limits the
 * rate, audits the call, turns the platform's refusals into HTTP answers (422 with translated messages, 403, 404)
 * and lists every operation in the OpenAPI document. Resources see neither servlets nor JSON text: they read a
 * {@link RestRequest} and answer a {@link RestResponse} whose body is a tree of maps, lists and plain values.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.rest;
