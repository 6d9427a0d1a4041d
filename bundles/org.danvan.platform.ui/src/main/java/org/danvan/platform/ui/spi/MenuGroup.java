package org.danvan.platform.ui.spi;

/** Well-known menu groups of the shell, in the order the side navigation shows them. */
public final class MenuGroup {

    /** Everyday work: cases, reception, notices. */
    public static final String WORK = "menu.group.work";
    /** Movements and programmes: emulation, study, grassroots democracy. */
    public static final String PROGRAMMES = "menu.group.programmes";
    /** Reports and dashboards. */
    public static final String REPORTS = "menu.group.reports";
    /** Administration: users, units, modules, audit. */
    public static final String ADMINISTRATION = "menu.group.administration";

    private MenuGroup() {
    }
}
