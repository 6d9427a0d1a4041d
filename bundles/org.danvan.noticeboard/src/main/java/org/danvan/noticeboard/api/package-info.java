/**
 * The staff notice board ("Bảng tin"): reading and publishing notices. 2.0: refusals are the platform's
 * ({@code ValidationException}, {@code AccessDeniedException}, {@code OptimisticLockException}) and reading is scoped
 * to the reader's units.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.danvan.noticeboard.api;
