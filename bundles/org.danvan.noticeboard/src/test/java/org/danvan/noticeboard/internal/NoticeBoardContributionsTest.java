package org.danvan.noticeboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.identity.api.Roles;
import org.danvan.noticeboard.api.NoticeAccessException;
import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.noticeboard.api.NoticeConflictException;
import org.danvan.noticeboard.api.NoticeDraft;
import org.junit.jupiter.api.Test;

/** Permissions, module descriptor and translations the domain bundle contributes. */
class NoticeBoardContributionsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final NoticeBoardTranslations translations = new NoticeBoardTranslations();

    @Test
    void everyRoleMayReadAndThreeMayPublish() {
        ViewNoticesPermission view = new ViewNoticesPermission();
        PublishNoticesPermission publish = new PublishNoticesPermission();
        assertEquals(NoticeBoardPermissions.VIEW, view.id());
        assertEquals(Set.copyOf(Roles.ALL), view.defaultRoles());
        assertEquals(7, view.defaultRoles().size());
        assertEquals(NoticeBoardPermissions.PUBLISH, publish.id());
        assertEquals(Set.of("province-admin", "commune-chair", "mass-org-officer"), publish.defaultRoles());
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Set<String> vietnamese = new TreeSet<>(translations.resourceBundle(VI).keySet());
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.ENGLISH).keySet()));
        assertEquals(vietnamese, new TreeSet<>(translations.resourceBundle(Locale.FRENCH).keySet()));
        assertEquals("en", translations.resourceBundle(Locale.ENGLISH).getLocale().getLanguage(), "own English file");
        assertEquals("fr", translations.resourceBundle(Locale.FRENCH).getLocale().getLanguage(), "own French file");
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IllegalAccessException {
        List<String> used = new ArrayList<>();
        for (Field field : NoticeDraft.class.getFields()) {
            if (field.getType() == String.class) {
                used.add((String) field.get(null));
            }
        }
        used.addAll(List.of(NoticeConflictException.CHANGED, NoticeConflictException.GONE,
                NoticeAccessException.FORBIDDEN, new ViewNoticesPermission().labelKey(),
                new PublishNoticesPermission().labelKey(), new NoticeBoardModule().nameKey(),
                new NoticeBoardModule().descriptionKey()));
        assertEquals(13, used.size());
        for (Locale locale : List.of(VI, Locale.ENGLISH, Locale.FRENCH)) {
            Set<String> keys = translations.resourceBundle(locale).keySet();
            for (String key : used) {
                assertTrue(keys.contains(key), locale + " lacks " + key);
            }
        }
    }

    @Test
    void moduleNamesAreRealTextInEachLanguage() {
        String key = new NoticeBoardModule().nameKey();
        assertEquals("Bảng tin", translations.resourceBundle(VI).getString(key));
        assertEquals("Notice board", translations.resourceBundle(Locale.ENGLISH).getString(key));
        assertEquals("Tableau d’affichage", translations.resourceBundle(Locale.FRENCH).getString(key));
        assertEquals("noticeboard", new NoticeBoardModule().id());
        assertEquals("0.1.0", new NoticeBoardModule().version());
        for (Locale locale : List.of(VI, Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle bundle = translations.resourceBundle(locale);
            for (String k : bundle.keySet()) {
                assertFalse(bundle.getString(k).isBlank(), k);
                assertFalse(bundle.getString(k).contains("'"), locale + " " + k + ": straight apostrophe");
            }
        }
    }
}
