package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.Outcome;
import org.junit.jupiter.api.Test;

/** Every key the engine uses has a text in Vietnamese, English and French. */
class CaseTranslationsTest {

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CaseTranslationsTest.class.getResourceAsStream("/i18n/cases" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyUsedInTheCodeIsTranslatedInEveryLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(case\\.(?:error|notification|permission|module)\\.[a-z.-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (CaseKind kind : CaseKind.values()) {
            used.add(kind.labelKey());
        }
        for (CaseStatus status : CaseStatus.values()) {
            used.add(status.labelKey());
        }
        for (CaseAction action : CaseAction.values()) {
            used.add(action.labelKey());
        }
        for (Channel channel : Channel.values()) {
            used.add(channel.labelKey());
        }
        for (Outcome outcome : Outcome.values()) {
            used.add(outcome.labelKey());
        }
        for (org.danvan.cases.api.ExtensionGround ground : org.danvan.cases.api.ExtensionGround.values()) {
            used.add(ground.labelKey());
        }
        assertTrue(used.size() > 80, "keys found: " + used.size());
        Properties vi = load("");
        for (String suffix : new String[] {"", "_en", "_fr"}) {
            Properties texts = load(suffix);
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(texts.stringPropertyNames());
            assertEquals(Set.of(), missing, "missing in cases" + suffix);
            assertEquals(vi.stringPropertyNames(), texts.stringPropertyNames(), "same keys in cases" + suffix);
        }
        assertEquals("Đơn tố cáo cùng nội dung đã được chuyển một lần; không chuyển lại.",
                vi.getProperty("case.error.transfer.once"));
    }
}
