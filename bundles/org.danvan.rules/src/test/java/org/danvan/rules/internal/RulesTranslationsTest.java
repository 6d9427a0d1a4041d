package org.danvan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RulesTranslationsTest {

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = RulesTranslationsTest.class.getClassLoader()
                .getResourceAsStream("i18n/rules" + suffix + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "_en", "_fr" })
    void everyLanguageHasTheVietnameseKeys(String suffix) throws IOException {
        assertEquals(load("").stringPropertyNames(), load(suffix).stringPropertyNames());
    }

    @Test
    void everyRuleHasAName() throws IOException {
        Properties vi = load("");
        for (String id : RuleTableParser.bundledRows().ids()) {
            assertTrue(vi.containsKey("rules." + id), id);
        }
        assertEquals("Giải quyết tố cáo", vi.getProperty("rules.denunciation.resolve"), "UTF-8 with diacritics");
    }
}
