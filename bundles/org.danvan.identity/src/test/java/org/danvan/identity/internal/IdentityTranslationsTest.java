package org.danvan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.platform.api.security.Roles;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.junit.jupiter.api.Test;

class IdentityTranslationsTest {

    private final IdentityTranslations translations = new IdentityTranslations();

    private Set<String> keys(Locale locale) {
        ResourceBundle bundle = translations.resourceBundle(locale);
        assertEquals(locale.getLanguage().equals("vi") ? "" : locale.getLanguage(), bundle.getLocale().getLanguage(),
                "a file of its own for " + locale);
        return new TreeSet<>(bundle.keySet());
    }

    @Test
    void everyLanguageHasEveryKey() {
        Set<String> vietnamese = keys(Locale.forLanguageTag("vi"));
        assertEquals(vietnamese, keys(Locale.ENGLISH));
        assertEquals(vietnamese, keys(Locale.FRENCH));
        assertTrue(vietnamese.containsAll(Set.of(IdentityAuthenticationService.INVALID,
                IdentityAuthenticationService.LOCKED, IdentityAuthenticationService.INACTIVE,
                new ManageUsersPermission().labelKey(), new ManageUnitsPermission().labelKey(),
                new ManageRolesPermission().labelKey(), new ProfilePermission().labelKey(),
                IdentityAuthenticationService.LOCKED_OUT, PasswordPolicy.TOO_SHORT, PasswordPolicy.TOO_LONG,
                PasswordPolicy.CONTAINS_LOGIN, PasswordPolicy.ONE_CLASS, "identity.import.quote.unclosed",
                "identity.import.quote.invalid", "identity.import.code.duplicate")));
        Roles.ALL.forEach(role -> assertTrue(vietnamese.contains("identity.role." + role), role));
        for (String kind : OrgUnitKinds.ALL) {
            assertTrue(vietnamese.contains("identity.unit-kind." + kind), kind);
        }
    }

    @Test
    void theLockoutMessageShowsTheMinutesLeftInEveryLanguage() {
        for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH, Locale.FRENCH }) {
            String text = translations.resourceBundle(locale).getString(IdentityAuthenticationService.LOCKED_OUT);
            assertTrue(new java.text.MessageFormat(text, locale).format(new Object[] { 12 }).contains("12"),
                    locale + ": " + text);
        }
        assertEquals("Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 12 phút.",
                new java.text.MessageFormat(translations.resourceBundle(Locale.forLanguageTag("vi"))
                        .getString(IdentityAuthenticationService.LOCKED_OUT)).format(new Object[] { 12 }));
    }

    @Test
    void vietnameseIsReadAsUtf8AndNoTextUsesMessageFormatQuotes() {
        ResourceBundle vi = translations.resourceBundle(Locale.forLanguageTag("vi"));
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", vi.getString("login.error.invalid"));
        for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH, Locale.FRENCH }) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertFalse(text.isBlank(), key);
                assertFalse(text.contains("'"), locale + " " + key + ": a straight apostrophe is lost in MessageFormat");
            }
        }
    }
}
