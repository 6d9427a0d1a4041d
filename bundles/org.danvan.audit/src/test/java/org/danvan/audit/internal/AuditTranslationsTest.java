package org.danvan.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class AuditTranslationsTest {

    private final AuditTranslations translations = new AuditTranslations();

    private Set<String> keys(Locale locale) {
        ResourceBundle bundle = translations.resourceBundle(locale);
        assertEquals(locale.getLanguage().equals("vi") ? "" : locale.getLanguage(), bundle.getLocale().getLanguage(),
                "a file of its own for " + locale);
        return new TreeSet<>(bundle.keySet());
    }

    @Test
    void everyLanguageHasEveryKeyTheBundleUses() throws IllegalAccessException {
        Set<String> vietnamese = keys(Locale.forLanguageTag("vi"));
        assertEquals(vietnamese, keys(Locale.ENGLISH));
        assertEquals(vietnamese, keys(Locale.FRENCH));
        assertTrue(vietnamese.contains(new AuditViewPermission().labelKey()));
        assertTrue(vietnamese.contains("audit.action.audit.verified"));
        for (Field field : EventValidator.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                String key = (String) field.get(null);
                assertTrue(vietnamese.contains(key), key);
            }
        }
    }

    @Test
    void vietnameseIsReadAsUtf8AndEveryTextFormats() {
        ResourceBundle vi = translations.resourceBundle(Locale.forLanguageTag("vi"));
        assertEquals("Xem và kiểm tra nhật ký kiểm toán", vi.getString("audit.permission.view"));
        assertEquals("Số mục mỗi trang phải từ 1 đến 1000.",
                new MessageFormat(vi.getString(EventValidator.LIMIT_RANGE), Locale.ROOT).format(new Object[] { "1",
                        "1000" }));
        for (Locale locale : new Locale[] { Locale.forLanguageTag("vi"), Locale.ENGLISH, Locale.FRENCH }) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertFalse(text.isBlank(), key);
                assertFalse(text.contains("'"), locale + " " + key + ": a straight apostrophe is lost in MessageFormat");
            }
        }
    }

    @Test
    void theViewPermissionGoesToProvinceAdministratorsAndInspectors() {
        AuditViewPermission permission = new AuditViewPermission();
        assertEquals("audit.view", permission.id());
        assertEquals(Set.of("province-admin", "inspector"), permission.defaultRoles());
    }
}
