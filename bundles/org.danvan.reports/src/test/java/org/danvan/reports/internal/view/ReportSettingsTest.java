package org.danvan.reports.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The closing-day setting of the report screen (PID org.danvan.reports). */
class ReportSettingsTest {

    @Test
    void aValidClosingDayIsUsedAndAnythingElseFallsBackTo14() {
        assertEquals(14, ReportContribution.closingDay(Map.of()));
        assertEquals(20, ReportContribution.closingDay(Map.of("closingDay", "20")));
        assertEquals(5, ReportContribution.closingDay(Map.of("closingDay", 5)));
        assertEquals(14, ReportContribution.closingDay(Map.of("closingDay", "31")), "no 31st in every month");
        assertEquals(14, ReportContribution.closingDay(Map.of("closingDay", "mười")));
    }
}
