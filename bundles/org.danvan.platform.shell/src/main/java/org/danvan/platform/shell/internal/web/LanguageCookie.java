package org.danvan.platform.shell.internal.web;

import java.util.Locale;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;

import jakarta.servlet.http.Cookie;

/** Remembers the chosen language across visits (the login page comes before any session state). */
public final class LanguageCookie {

    static final String NAME = "danvan-lang";

    private LanguageCookie() {
    }

    /** Sets the cookie on the current response. */
    public static void remember(Locale locale) {
        Cookie cookie = new Cookie(NAME, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        ((VaadinServletResponse) VaadinService.getCurrentResponse()).addCookie(cookie);
    }
}
