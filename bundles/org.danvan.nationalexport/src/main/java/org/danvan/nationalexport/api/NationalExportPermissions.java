package org.danvan.nationalexport.api;

/** Permission ids of the national-export module. */
public final class NationalExportPermissions {

    /** See the export's state, its rejected records, and send now. */
    public static final String MANAGE = "national-export.manage";

    private NationalExportPermissions() {
    }
}
