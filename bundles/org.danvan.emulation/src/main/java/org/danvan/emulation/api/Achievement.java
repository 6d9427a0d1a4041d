package org.danvan.emulation.api;

/**
 * What a proposal's dossier shows for its year besides titles, as prerequisites name it. Label key
 * {@code emulation.achievement.<NAME>}.
 */
public enum Achievement {
    /** An initiative (sáng kiến) recognised in the year. */
    INITIATIVE,
    /** Tasks completed excellently (hoàn thành xuất sắc nhiệm vụ) in the year. */
    EXCELLENT
}
