package org.danvan.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.danvan.platform.api.i18n.Translator;

/**
 * The words of a milestone mail, in the citizen's language. Short on purpose: the milestone, its day, the tracking
 * code and the link to the public status page; for a complaint, recommendation or request also the new due date or
 * the outcome. For a denunciation ({@code detail} is then never passed) nothing else — never the content, the
 * denounced person, the handler or the decision's text; and no mail says the kind of the petition, so a mail seen by
 * someone else does not reveal that its reader denounced anyone.
 */
final class CitizenMailTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Translator translator;
    private final String statusPageUrl;

    /** @param statusPageUrl the public status page, to which {@code ?ma=<code>} is added */
    CitizenMailTexts(Translator translator, String statusPageUrl) {
        this.translator = translator;
        this.statusPageUrl = statusPageUrl;
    }

    /** What a rendered mail says. */
    record Message(String subject, String body) {
    }

    /**
     * @param trackingCode the code as shown to the citizen
     * @param detail a new due date (ISO day) for {@link CitizenMilestone#EXTENDED} and {@link CitizenMilestone#CONTINUED},
     *            an outcome name for {@link CitizenMilestone#RESOLVED}; {@code null} for none (always for a denunciation)
     */
    Message render(String language, CitizenMilestone milestone, LocalDate on, String trackingCode, String detail) {
        Locale locale = Locale.forLanguageTag(CitizenMailOutbox.language(language));
        String name = t(locale, "case.citizenMail." + milestone.key());
        StringBuilder body = new StringBuilder(t(locale, "case.citizenMail.greeting")).append("\n\n")
                .append(t(locale, "case.citizenMail." + milestone.key() + ".text", DAY.format(on))).append('\n');
        if (detail != null && !detail.isBlank()) {
            if (milestone == CitizenMilestone.RESOLVED) {
                body.append(t(locale, "case.citizenMail.outcome", t(locale, "case.outcome." + detail))).append('\n');
            } else if (milestone == CitizenMilestone.EXTENDED || milestone == CitizenMilestone.CONTINUED) {
                body.append(t(locale, "case.citizenMail.due", DAY.format(LocalDate.parse(detail)))).append('\n');
            }
        }
        body.append('\n').append(t(locale, "case.citizenMail.code", trackingCode)).append('\n')
                .append(t(locale, "case.citizenMail.link", link(trackingCode))).append("\n\n")
                .append(t(locale, "case.citizenMail.footer")).append('\n');
        return new Message(t(locale, "case.citizenMail.subject", trackingCode, name), body.toString());
    }

    String link(String trackingCode) {
        return statusPageUrl + (statusPageUrl.contains("?") ? "&" : "?") + "ma="
                + java.net.URLEncoder.encode(trackingCode, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String t(Locale locale, String key, Object... params) {
        return translator.translate(key, locale, params);
    }
}
