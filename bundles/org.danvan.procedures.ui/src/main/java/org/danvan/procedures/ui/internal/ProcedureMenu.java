package org.danvan.procedures.ui.internal;

/** The module's own menu group: its screens together under "Rà soát thủ tục hành chính". */
final class ProcedureMenu {

    /** Translation key of the group's label. */
    static final String GROUP = "procedures.ui.menu.group";

    private ProcedureMenu() {
    }
}
