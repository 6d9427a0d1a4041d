package org.danvan.rules.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * The bundle's rows of the statutory rule table, declared without code:
 * {@code @DanvanRules("rules/grassroots-rules.csv")} on a package or class makes the rules bundle load the file
 * (UTF-8, the format of the core table {@code rules/statutory-rules.csv}) into the shared {@link RuleTable} while the
 * bundle is active, and drop its rows when the bundle stops. A file with a bad line, or with an id another file
 * defines, is refused as a whole (and named in the log); the rest of the table is unaffected. Prefix the ids with the
 * module id and give each row its citation; the label of a row is the translation key {@code rules.<id>}, which the
 * module's own translations provide. bnd writes the manifest capability
 * {@code danvan.rules; resources:List<String>=...}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ ElementType.TYPE, ElementType.PACKAGE })
@Capability(namespace = DanvanRules.NAMESPACE)
public @interface DanvanRules {

    /** The capability namespace. */
    String NAMESPACE = "danvan.rules";

    /** The capability attribute listing the files. */
    String RESOURCES = "resources";

    /** Paths of the rule files inside the bundle, e.g. {@code rules/grassroots-rules.csv}. */
    @Attribute(RESOURCES)
    String[] value();
}
