package org.danvan.platform.shell.internal.view;

import java.util.Locale;

import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.shell.internal.ShellTranslator;
import org.danvan.platform.shell.internal.web.LanguageCookie;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * Vietnamese / English / French. The choice is kept in the session and in a cookie, so the login page of the next
 * visit speaks it too; changing it reloads the page so every text follows.
 */
public class LanguageSelect extends Select<Locale> {

    private static final long serialVersionUID = 1L;

    public LanguageSelect() {
        setId("language-select");
        setItems(Translator.LANGUAGES);
        setItemLabelGenerator(locale -> switch (locale.getLanguage()) {
        case "en" -> "English";
        case "fr" -> "Français";
        default -> "Tiếng Việt";
        });
        setValue(ShellTranslator.supported(VaadinSession.getCurrent().getLocale()));
        setAriaLabel(getTranslation("shell.language"));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                choose(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private static void choose(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        LanguageCookie.remember(locale);
    }
}
