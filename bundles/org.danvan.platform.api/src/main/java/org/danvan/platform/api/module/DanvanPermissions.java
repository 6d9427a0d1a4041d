package org.danvan.platform.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Container of repeated {@link DanvanPermission} declarations (written by the compiler). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ ElementType.TYPE, ElementType.PACKAGE })
public @interface DanvanPermissions {

    /** The permissions. */
    DanvanPermission[] value();
}
