package org.danvan.reception.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.reception.api.CommitmentStatus;
import org.danvan.reception.api.Disposition;
import org.danvan.reception.api.FrequencyPeriod;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.PetitionKind;
import org.danvan.reception.api.SessionKind;
import org.danvan.reception.api.SessionStatus;
import org.danvan.reception.api.WarningKind;
import org.junit.jupiter.api.Test;

/** Every text the bundle can show exists in Vietnamese, English and French, and every pattern formats. */
class ReceptionTranslationsTest {

    private static final List<String> FILES = List.of("reception", "reception_en", "reception_fr");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReceptionTranslationsTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The translation keys written as literals in the bundle's sources. */
    private static Set<String> keysInSources() throws IOException {
        Pattern literal = Pattern.compile("\"(reception\\.(validation|console)\\.[a-z-]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> labelKeys() {
        Set<String> keys = new TreeSet<>();
        Stream.of(SessionKind.values()).map(SessionKind::labelKey).forEach(keys::add);
        Stream.of(SessionStatus.values()).map(SessionStatus::labelKey).forEach(keys::add);
        Stream.of(LeaderRole.values()).map(LeaderRole::labelKey).forEach(keys::add);
        Stream.of(FrequencyPeriod.values()).map(FrequencyPeriod::labelKey).forEach(keys::add);
        Stream.of(PetitionKind.values()).map(PetitionKind::labelKey).forEach(keys::add);
        Stream.of(Disposition.values()).map(Disposition::labelKey).forEach(keys::add);
        Stream.of(CommitmentStatus.values()).map(CommitmentStatus::labelKey).forEach(keys::add);
        Stream.of(WarningKind.values()).map(WarningKind::messageKey).forEach(keys::add);
        for (PermissionContribution p : List.of(new ViewReceptionPermission(), new RecordReceptionPermission(),
                new ScheduleReceptionPermission(), new ManageDialoguesPermission())) {
            keys.add(p.labelKey());
        }
        // the module's name and description (@DanvanModule in package-info.java)
        keys.add("reception.module.name");
        keys.add("reception.module.description");
        return keys;
    }

    @Test
    void everyKeyExistsInEveryLanguageAndNoFileHasExtraKeys() throws IOException {
        Set<String> needed = new TreeSet<>(keysInSources());
        assertTrue(needed.size() >= 30, "keys found in the sources: " + needed.size());
        needed.addAll(labelKeys());
        Set<String> vietnamese = load("reception").stringPropertyNames();
        for (String file : FILES) {
            Set<String> keys = load(file).stringPropertyNames();
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(keys);
            assertEquals(Set.of(), missing, file + " lacks keys");
            assertEquals(new TreeSet<>(vietnamese), new TreeSet<>(keys), file + " differs from the Vietnamese file");
        }
    }

    @Test
    void everyPatternFormatsAndHasNoStraightApostrophe() throws IOException {
        Object[] args = { "2026-07-06", "2026-07-12", 0, 1, "Luật 42/2013/QH13" };
        for (String file : FILES) {
            Properties p = load(file);
            List<String> broken = new ArrayList<>();
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (pattern.contains("'")) {
                    broken.add(key);
                }
                new MessageFormat(pattern, Locale.ROOT).format(args);
            }
            assertEquals(List.of(), broken, file + ": a straight apostrophe is a quote in MessageFormat");
        }
    }

    @Test
    void theDefaultLanguageIsVietnameseWithItsDiacritics() throws IOException {
        Properties vi = load("reception");
        assertEquals("Tiếp công dân", vi.getProperty("reception.module.name"));
        assertEquals("Đã hủy", vi.getProperty("reception.session.status.CANCELLED"));
        assertEquals("i18n.reception", new ReceptionTranslations().baseName());
        assertEquals("Tiếp công dân", new ReceptionTranslations().resourceBundle(Locale.forLanguageTag("vi"))
                .getString("reception.module.name"));
        assertEquals("Citizen reception", new ReceptionTranslations().resourceBundle(Locale.ENGLISH)
                .getString("reception.module.name"));
    }
}
