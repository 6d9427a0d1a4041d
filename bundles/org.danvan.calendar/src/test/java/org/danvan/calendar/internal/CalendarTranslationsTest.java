package org.danvan.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class CalendarTranslationsTest {

    @Test
    void everyLanguageHasTheSameKeys() {
        Set<String> vietnamese = new TreeSet<>(CalendarTranslations.load("").stringPropertyNames());
        assertEquals(vietnamese, new TreeSet<>(CalendarTranslations.load("_en").stringPropertyNames()));
        assertEquals(vietnamese, new TreeSet<>(CalendarTranslations.load("_fr").stringPropertyNames()));
        for (String key : List.of(HolidayKeys.NEW_YEAR, HolidayKeys.TET, HolidayKeys.HUNG_KINGS,
                HolidayKeys.REUNIFICATION, HolidayKeys.LABOUR_DAY, HolidayKeys.NATIONAL_DAY,
                HolidayKeys.NATIONAL_DAY_ADJACENT, HolidayKeys.COMPENSATORY, HolidayKeys.SWAPPED_DAY_OFF,
                HolidayKeys.SWAPPED_WORKING_DAY)) {
            assertTrue(vietnamese.contains(key), key);
        }
    }

    @Test
    void vietnameseIsReadAsUtf8AndNoTextUsesAStraightApostrophe() {
        assertEquals("Giỗ Tổ Hùng Vương", CalendarTranslations.load("").getProperty(HolidayKeys.HUNG_KINGS));
        for (String suffix : List.of("", "_en", "_fr")) {
            Properties texts = CalendarTranslations.load(suffix);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.isBlank(), suffix + " " + key);
                assertFalse(text.contains("'"), suffix + " " + key + ": a straight apostrophe is lost in MessageFormat");
            }
        }
    }
}
