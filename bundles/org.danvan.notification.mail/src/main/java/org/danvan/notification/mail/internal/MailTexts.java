package org.danvan.notification.mail.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.notification.UserNotification;
import org.danvan.platform.api.time.PlatformTime;

/**
 * The words of the messages, in Vietnamese (the administration's language). A message says only what the
 * notification says — a translated sentence about a reference such as a case number — and links to the application,
 * where the reader signs in to see more: never a petitioner's or denouncer's identity, never a petition's content.
 */
final class MailTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(PlatformTime.ZONE);

    private final Translator translator;
    private final String applicationUrl;

    MailTexts(Translator translator, String applicationUrl) {
        this.translator = translator;
        this.applicationUrl = applicationUrl;
    }

    String subject(UserNotification notification) {
        return t("mail.subject", sentence(notification));
    }

    String body(String fullName, UserNotification notification) {
        return t("mail.greeting", fullName) + "\n\n" + line(notification) + "\n\n" + t("mail.footer") + "\n";
    }

    String digestSubject(int count) {
        return t("mail.digest.subject", count);
    }

    String digestBody(String fullName, List<UserNotification> notifications) {
        StringBuilder body = new StringBuilder(t("mail.greeting", fullName)).append("\n\n")
                .append(t("mail.digest.intro", notifications.size())).append("\n\n");
        for (UserNotification notification : notifications) {
            body.append("- ").append(line(notification).replace("\n", "\n  ")).append("\n\n");
        }
        return body.append(t("mail.footer")).append("\n").toString();
    }

    private String line(UserNotification notification) {
        String line = sentence(notification) + " (" + MOMENT.format(notification.createdAt()) + ")";
        if (notification.location() != null && !notification.location().isBlank()) {
            line += "\n" + t("mail.open", applicationUrl + notification.location());
        }
        return line;
    }

    private String sentence(UserNotification notification) {
        return t(notification.messageKey(), notification.subject());
    }

    private String t(String key, Object... params) {
        return translator.translate(key, VIETNAMESE, params);
    }
}
