package org.danvan.reports.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import org.danvan.reports.api.PeriodKind;
import org.danvan.reports.api.ReportPeriod;

/**
 * The texts of the exported files. Official reports are written in Vietnamese whatever the screen's language, so
 * these come from the Vietnamese resource bundle directly rather than from the user's locale.
 */
final class FileTexts {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ResourceBundle bundle;
    private final Locale locale;

    private FileTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts in Vietnamese. */
    static FileTexts vietnamese() {
        return of(VIETNAMESE);
    }

    /** The texts in a language of the screens. */
    static FileTexts of(Locale locale) {
        return new FileTexts(new ReportsTranslations().resourceBundle(locale), locale);
    }

    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** E.g. "Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)". */
    String period(ReportPeriod period) {
        if (period.kind() == PeriodKind.CUSTOM) {
            return text("reports.period.dates", day(period.from()), day(period.to()));
        }
        return text("reports.period.named", text("reports.period." + period.kind().name()),
                String.valueOf(period.year()), day(period.from()), day(period.to()));
    }
}
