package org.danvan.hcmstudy.api;

/**
 * The head's classification of a person's year, on the four levels of the yearly assessment of cadres and Party
 * members ("Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ"); the label key is
 * {@code hcmstudy.classification.<name>}.
 */
public enum Classification {
    EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED
}
