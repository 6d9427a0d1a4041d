/**
 * How a bundle puts screens into the web shell: {@link org.danvan.platform.ui.spi.ViewContribution} with its
 * {@link org.danvan.platform.ui.spi.DanvanView} properties, {@link org.danvan.platform.ui.spi.RequiredStep}, and
 * cards for the home page ({@link org.danvan.platform.ui.spi.HomeCardProvider}, since 1.1.0).
 * Only these types move with the shell's contract; the helper kit ({@code org.danvan.platform.ui.kit}) is versioned
 * apart.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.danvan.platform.ui.spi;
