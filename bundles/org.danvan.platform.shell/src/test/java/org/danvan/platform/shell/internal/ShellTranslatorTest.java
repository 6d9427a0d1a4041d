package org.danvan.platform.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.danvan.platform.api.ui.TranslationContribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShellTranslatorTest {

    private final ContributionRegistry registry = new ContributionRegistry();
    private ShellTranslator translator;

    @BeforeEach
    void setUp() {
        registry.addTranslation(new ShellTranslations());
        translator = new ShellTranslator(registry);
    }

    @Test
    void vietnameseIsTheDefaultAndUnknownLanguagesFallBackToIt() {
        assertEquals("Đăng nhập", translator.translate("login.title", Locale.forLanguageTag("vi")));
        assertEquals("Đăng nhập", translator.translate("login.title", Locale.GERMAN));
        assertEquals("Đăng nhập", translator.translate("login.title", null));
    }

    @Test
    void englishAndFrenchComeFromTheirFiles() {
        assertEquals("Sign in", translator.translate("login.title", Locale.UK));
        assertEquals("Connexion", translator.translate("login.title", Locale.CANADA_FRENCH));
    }

    @Test
    void parametersAreFormatted() {
        assertEquals("Xin chào, Nguyễn Văn An",
                translator.translate("home.greeting", Locale.forLanguageTag("vi"), "Nguyễn Văn An"));
    }

    @Test
    void unknownKeysAreMarkedNotSwallowed() {
        assertEquals("!no.such.key!", translator.translate("no.such.key", Locale.ENGLISH));
    }

    @Test
    void laterContributionsAreConsultedAndForgottenWhenTheyLeave() {
        TranslationContribution other = new TranslationContribution() {
            @Override
            public String baseName() {
                return "i18n.testmodule";
            }
        };
        registry.addTranslation(other);
        assertEquals("Mô-đun thử", translator.translate("testmodule.name", Locale.forLanguageTag("vi")));
        registry.removeTranslation(other);
        assertEquals("!testmodule.name!", translator.translate("testmodule.name", Locale.forLanguageTag("vi")));
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Properties vi = load("i18n/shell.properties");
        for (String suffix : new String[] { "_en", "_fr" }) {
            Properties other = load("i18n/shell" + suffix + ".properties");
            assertEquals(vi.stringPropertyNames(), other.stringPropertyNames(), "keys of shell" + suffix);
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ShellTranslatorTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
