package org.danvan.platform.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * A permission the bundle defines, declared without code: bnd writes the manifest capability
 * {@code danvan.permission; id=...; label=...; roles:List<String>=...} and the platform registers the permission
 * while the bundle is active. The identity core grants it to {@link #roles()} the first time it ever sees it (an
 * administrator's later changes to roles are kept).
 *
 * <pre>{@code
 * @DanvanPermission(id = "noticeboard.view", label = "noticeboard.permission.view", roles = "*")
 * @DanvanPermission(id = "noticeboard.publish", label = "noticeboard.permission.publish",
 *         roles = { Roles.PROVINCE_ADMIN, Roles.COMMUNE_CHAIR })
 * package org.acme.noticeboard.internal;
 * }</pre>
 *
 * A permission belongs to the module its bundle is part of ({@link DanvanModule}): where the module is not enabled,
 * nobody holds it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ ElementType.TYPE, ElementType.PACKAGE })
@Repeatable(DanvanPermissions.class)
@Capability(namespace = ModuleCapabilities.PERMISSION_NAMESPACE)
public @interface DanvanPermission {

    /** Permission id, dotted and prefixed by the module id, e.g. {@code noticeboard.publish}. */
    @Attribute(ModuleCapabilities.ID)
    String id();

    /** Translation key of the permission's name, shown to administrators editing roles. */
    @Attribute(ModuleCapabilities.LABEL)
    String label();

    /**
     * Ids of the default roles granted the permission when it first appears ({@code org.danvan.platform.api.security.Roles});
     * {@code "*"} for every default role.
     */
    @Attribute(ModuleCapabilities.ROLES)
    String[] roles() default {};
}
