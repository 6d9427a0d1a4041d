package org.danvan.hcmstudy.ui.internal;

/** The module's own menu group: its screens together under "Học tập và làm theo Bác". */
final class StudyMenu {

    /** Translation key of the group's label. */
    static final String GROUP = "hcmstudy.ui.menu.group";

    private StudyMenu() {
    }
}
