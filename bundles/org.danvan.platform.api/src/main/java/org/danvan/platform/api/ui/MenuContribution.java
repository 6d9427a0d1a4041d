package org.danvan.platform.api.ui;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An entry in the shell's side navigation. Register as an OSGi service; open browser tabs show it without reload
 * while it is registered, and lose it when it leaves. Entries are shown only to users holding the permission of the
 * view they lead to.
 */
@ConsumerType
public interface MenuContribution {

    /** The route the entry leads to (see {@link ViewContribution#route()}). */
    String route();

    /** Translation key of the entry's label. */
    String labelKey();

    /**
     * Icon name from the Vaadin icon set in the form {@code vaadin:newspaper}; {@code null} for none.
     */
    String icon();

    /** Group the entry is shown in; one of the {@link MenuGroup} ids or a module's own translation key. */
    String group();

    /** Position within its group; smaller first. Ties sort by label. */
    int order();
}
