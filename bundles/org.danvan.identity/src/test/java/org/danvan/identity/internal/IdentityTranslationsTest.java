package org.danvan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.identity.api.Roles;
import org.danvan.identity.internal.model.OrgUnitKind;
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
                new ManageUsersPermission().labelKey())));
        Roles.ALL.forEach(role -> assertTrue(vietnamese.contains("identity.role." + role), role));
        for (OrgUnitKind kind : OrgUnitKind.values()) {
            assertTrue(vietnamese.contains("identity.orgunit.kind." + kind.name()), kind.name());
        }
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
