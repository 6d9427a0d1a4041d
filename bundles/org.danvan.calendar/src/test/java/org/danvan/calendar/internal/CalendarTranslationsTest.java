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

    /** The public API names the statutory keys an administrator may use; they are exactly the parser's. */
    @Test
    void theApiOffersExactlyTheStatutoryHolidayKeys() {
        assertEquals(HolidayKeys.STATUTORY, org.danvan.calendar.api.CalendarAdministration.STATUTORY_HOLIDAY_KEYS);
    }

    /** Console commands read holiday names through the API class, in Vietnamese by default. */
    @Test
    void calendarTextsGiveTheVietnameseName() {
        assertEquals("Giỗ Tổ Hùng Vương", org.danvan.calendar.api.CalendarTexts.vietnamese(HolidayKeys.HUNG_KINGS));
        assertEquals("Reunification Day", org.danvan.calendar.api.CalendarTexts.text(HolidayKeys.REUNIFICATION,
                java.util.Locale.ENGLISH));
        assertEquals("!calendar.nope!", org.danvan.calendar.api.CalendarTexts.vietnamese("calendar.nope"));
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
