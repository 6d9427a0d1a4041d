package org.danvan.platform.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ShellTranslatorTest {

    @Test
    void unsupportedLocalesFallBackToVietnamese() {
        assertEquals(ShellTranslator.VIETNAMESE, ShellTranslator.supported(Locale.GERMAN));
        assertEquals(ShellTranslator.VIETNAMESE, ShellTranslator.supported(null));
        assertEquals(Locale.ENGLISH, ShellTranslator.supported(Locale.UK));
        assertEquals(Locale.FRENCH, ShellTranslator.supported(Locale.CANADA_FRENCH));
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
