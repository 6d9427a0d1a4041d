package org.danvan.platform.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * The bundle's translations, declared without code: {@code @DanvanTranslations("i18n.noticeboard")} makes the
 * platform load {@code i18n/noticeboard.properties} (Vietnamese), {@code _en} and {@code _fr} (UTF-8) from the
 * bundle while it is active. bnd writes the manifest capability
 * {@code danvan.translations; basenames:List<String>=...}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ ElementType.TYPE, ElementType.PACKAGE })
@Capability(namespace = ModuleCapabilities.TRANSLATIONS_NAMESPACE)
public @interface DanvanTranslations {

    /** Resource bundle base names inside the bundle, e.g. {@code i18n.noticeboard}. */
    @Attribute(ModuleCapabilities.BASENAMES)
    String[] value();
}
