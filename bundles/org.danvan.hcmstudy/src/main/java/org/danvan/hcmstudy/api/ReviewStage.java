package org.danvan.hcmstudy.api;

/** The two self-reviews of a commitment year. */
public enum ReviewStage {
    /** "Sơ kết" at mid-year. */
    MID_YEAR,
    /** "Tổng kết" at year-end, before the head's assessment. */
    YEAR_END
}
