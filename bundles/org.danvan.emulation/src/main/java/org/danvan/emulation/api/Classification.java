package org.danvan.emulation.api;

/**
 * The year-end classification of a registration, computed from the share of the criteria's points the council gave
 * against the bands of the rule table in force on the evaluation day (rows {@code emulation.classification.*}).
 * The four levels are those of the classification of quality (Decree 335/2025/NĐ-CP for civil servants, formerly
 * Decree 90/2020/NĐ-CP). Label key {@code emulation.classification.<NAME>}.
 */
public enum Classification {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED
}
