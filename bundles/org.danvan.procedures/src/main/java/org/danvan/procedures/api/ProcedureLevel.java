package org.danvan.procedures.api;

/** The level of government whose register a procedure is on (two-level local government since 1 July 2025). */
public enum ProcedureLevel {
    COMMUNE, PROVINCE;

    /** Translation key of the level's name. */
    public String labelKey() {
        return "procedures.level." + name();
    }
}
