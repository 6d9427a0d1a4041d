package org.danvan.platform.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * Marks a bundle as part of a DanVan module. Put it on a {@code package-info.java} (or any class) of every bundle of
 * the module — the domain bundle and its {@code .ui} bundle alike — with the same {@link #id()}; give the name and
 * description on one of them:
 *
 * <pre>{@code
 * @DanvanModule(id = "noticeboard", name = "noticeboard.module.name", description = "noticeboard.module.description")
 * package org.acme.noticeboard.internal;
 * }</pre>
 *
 * bnd turns it into the manifest capability {@code danvan.module; id=...}; the platform reads it at run time to know
 * which module a view, a permission or a public page belongs to (per-unit enablement) and to list the module among
 * the installed ones, with the bundle's version.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ ElementType.TYPE, ElementType.PACKAGE })
@Capability(namespace = ModuleCapabilities.MODULE_NAMESPACE)
public @interface DanvanModule {

    /** Stable module id: lower case letters, digits and {@code -}, e.g. {@code noticeboard}. */
    @Attribute(ModuleCapabilities.ID)
    String id();

    /** Translation key of the module's display name; omit on the module's other bundles. */
    @Attribute(ModuleCapabilities.NAME)
    String name() default "";

    /** Translation key of a one-sentence description; omit on the module's other bundles. */
    @Attribute(ModuleCapabilities.DESCRIPTION)
    String description() default "";
}
