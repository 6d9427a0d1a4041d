package org.danvan.citizen.internal;

import java.util.Locale;

import org.danvan.platform.api.i18n.Translator;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

/**
 * Tiếng Việt / English / Français on the public page, which has no staff header with the shell's language select.
 * Follows the shell's convention: the choice goes to the session's locale and to the {@code danvan-lang} cookie (the
 * shell reads it when a session starts), then the page reloads so every text follows.
 */
final class LanguageSwitch extends Select<Locale> {

    private static final long serialVersionUID = 1L;

    /** The shell's language cookie (org.danvan.platform.shell LanguageCookie). */
    static final String COOKIE = "danvan-lang";

    LanguageSwitch(Locale current, String ariaLabel) {
        setId("status-language");
        setItems(Translator.LANGUAGES);
        setItemLabelGenerator(LanguageSwitch::nativeName);
        setValue(supported(current));
        setAriaLabel(ariaLabel);
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                choose(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    /** The language named in itself, so that a reader of any of them finds theirs. */
    static String nativeName(Locale locale) {
        return switch (locale.getLanguage()) {
        case "en" -> "English";
        case "fr" -> "Français";
        default -> "Tiếng Việt";
        };
    }

    /** The spoken language closest to {@code locale}: the same language, else Vietnamese. */
    static Locale supported(Locale locale) {
        return Translator.LANGUAGES.stream()
                .filter(l -> locale != null && l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Translator.LANGUAGES.get(0));
    }

    private static void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response instanceof VaadinServletResponse servletResponse) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            servletResponse.addCookie(cookie);
        }
    }
}
