package org.danvan.conduct.api;

/** Where an inspection stands: planned, then held (findings are recorded), then concluded (nothing changes after). */
public enum InspectionStatus {
    PLANNED, HELD, CONCLUDED;

    /** Translation key of the status's name. */
    public String labelKey() {
        return "conduct.status." + name();
    }
}
