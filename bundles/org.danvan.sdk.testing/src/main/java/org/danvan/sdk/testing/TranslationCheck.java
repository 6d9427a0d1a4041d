package org.danvan.sdk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a bundle's translations the way users would find the gaps: every key exists in Vietnamese (the base file),
 * English ({@code _en}) and French ({@code _fr}) and no language has keys the others lack; no text is empty, each
 * parses as a {@link MessageFormat} with the same placeholders in every language and has no straight apostrophe
 * (MessageFormat swallows it; write ’); and every key the bundle's sources use exists — see {@link SourceKeys} for
 * where keys are found ({@code getTranslation}, {@code @DanvanView}, {@code @DanvanPermission}, {@code @DanvanModule},
 * {@code Violation}/{@code ValidationException}, and constants naming keys). Keys of the platform's own translations
 * ({@code platform.error.*}, {@code menu.group.*}, …) are known to the check.
 *
 * <pre>{@code
 * @Test
 * void translationsAreComplete() {
 *     TranslationCheck.of("i18n.noticeboard-view")     // this bundle's files
 *             .alsoUsing("i18n.noticeboard")             // keys of the domain bundle the screens show
 *             .literalsStartingWith("noticeboard.view.")  // every such literal in the code is a key
 *             .assertComplete();
 * }
 * }</pre>
 *
 * Run from the module's folder (as Maven's surefire does); sources are read from {@code src/main/java}.
 */
public final class TranslationCheck {

    /** The languages DanVan speaks: file suffixes, Vietnamese (the base file) first. */
    static final Map<String, Locale> LANGUAGES = languages();
    /** Where the kit carries a copy of the platform's own translations (from the web shell). */
    static final String PLATFORM_BASE_NAME = "org.danvan.sdk.testing.platform.shell";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private final List<String> baseNames;
    private final List<String> otherBaseNames = new ArrayList<>();
    private final List<Path> sources = new ArrayList<>(List.of(Path.of("src", "main", "java")));
    private final List<String> literalPrefixes = new ArrayList<>();
    private ClassLoader classes = Thread.currentThread().getContextClassLoader() != null
            ? Thread.currentThread().getContextClassLoader() : TranslationCheck.class.getClassLoader();

    private TranslationCheck(List<String> baseNames) {
        this.baseNames = List.copyOf(baseNames);
    }

    private static Map<String, Locale> languages() {
        Map<String, Locale> languages = new LinkedHashMap<>();
        languages.put("", Locale.forLanguageTag("vi"));
        languages.put("_en", Locale.ENGLISH);
        languages.put("_fr", Locale.FRENCH);
        return languages;
    }

    /** The bundle's own resource bundles, as declared by {@code @DanvanTranslations}, e.g. {@code i18n.noticeboard}. */
    public static TranslationCheck of(String... baseNames) {
        if (baseNames.length == 0) {
            throw new IllegalArgumentException("name at least one resource bundle");
        }
        return new TranslationCheck(List.of(baseNames));
    }

    /** Resource bundles of other bundles on the test class path whose keys the sources may use. */
    public TranslationCheck alsoUsing(String... baseNames) {
        otherBaseNames.addAll(List.of(baseNames));
        return this;
    }

    /** Source folders to scan instead of {@code src/main/java}. */
    public TranslationCheck sources(Path... folders) {
        sources.clear();
        sources.addAll(List.of(folders));
        return this;
    }

    /** Every string literal in the sources that starts with one of these prefixes must be a key. */
    public TranslationCheck literalsStartingWith(String... prefixes) {
        literalPrefixes.addAll(List.of(prefixes));
        return this;
    }

    /** The class loader that finds the resource bundles and the classes of constants (default: the context's). */
    public TranslationCheck classLoader(ClassLoader loader) {
        this.classes = loader;
        return this;
    }

    /** Runs every check and fails with the whole list of problems. */
    public void assertComplete() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " translation problem(s) in " + baseNames + ":\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Every problem found, one line each; empty when the translations are complete. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        for (String baseName : baseNames) {
            Map<String, Properties> files = new LinkedHashMap<>();
            LANGUAGES.forEach((suffix, locale) -> {
                Properties texts = load(baseName + suffix);
                if (texts == null) {
                    problems.add(file(baseName, suffix) + " is missing");
                } else {
                    files.put(suffix, texts);
                }
            });
            checkSameKeys(baseName, files, problems);
            files.forEach((suffix, texts) -> checkTexts(baseName, suffix, texts, files.get(""), problems));
            if (files.containsKey("")) {
                known.addAll(files.get("").stringPropertyNames());
            }
        }
        for (String other : otherBaseNames) {
            Properties texts = load(other);
            if (texts == null) {
                problems.add(file(other, "") + " (alsoUsing) is not on the class path");
            } else {
                known.addAll(texts.stringPropertyNames());
            }
        }
        Properties platform = load(PLATFORM_BASE_NAME);
        if (platform != null) {
            known.addAll(platform.stringPropertyNames());
        }
        List<SourceKeys.Usage> usages = new SourceKeys(classes, literalPrefixes).scan(sources);
        if (usages.isEmpty()) {
            problems.add("no translation key found in " + sources + ": wrong folder?");
        }
        for (SourceKeys.Usage usage : usages) {
            if (!known.contains(usage.key())) {
                problems.add(usage.where() + " uses \"" + usage.key() + "\", which no translation file defines");
            }
        }
        return problems;
    }

    private static void checkSameKeys(String baseName, Map<String, Properties> files, List<String> problems) {
        Properties vietnamese = files.get("");
        if (vietnamese == null) {
            return;
        }
        Set<String> base = new TreeSet<>(vietnamese.stringPropertyNames());
        files.forEach((suffix, texts) -> {
            if (suffix.isEmpty()) {
                return;
            }
            Set<String> keys = new TreeSet<>(texts.stringPropertyNames());
            for (String key : base) {
                if (!keys.contains(key)) {
                    problems.add(file(baseName, suffix) + " lacks " + key);
                }
            }
            for (String key : keys) {
                if (!base.contains(key)) {
                    problems.add(file(baseName, "") + " (Vietnamese) lacks " + key + ", which " + file(baseName, suffix)
                            + " has");
                }
            }
        });
    }

    private static void checkTexts(String baseName, String suffix, Properties texts, Properties vietnamese,
            List<String> problems) {
        Locale locale = LANGUAGES.get(suffix);
        for (String key : new TreeSet<>(texts.stringPropertyNames())) {
            String text = texts.getProperty(key);
            String where = file(baseName, suffix) + " " + key;
            if (text.isBlank()) {
                problems.add(where + " is empty");
                continue;
            }
            if (text.replace("''", "").contains("'")) {
                problems.add(where + " has a straight apostrophe (MessageFormat drops it; write ’)");
            }
            try {
                new MessageFormat(text, locale);
            } catch (IllegalArgumentException e) {
                problems.add(where + " is not a valid MessageFormat: " + e.getMessage());
            }
            if (vietnamese != null && !suffix.isEmpty() && vietnamese.containsKey(key)
                    && !placeholders(text).equals(placeholders(vietnamese.getProperty(key)))) {
                problems.add(where + " has placeholders " + placeholders(text) + " but Vietnamese has "
                        + placeholders(vietnamese.getProperty(key)));
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    private static String file(String baseName, String suffix) {
        return baseName.replace('.', '/') + suffix + ".properties";
    }

    /** One file exactly (no fallback to the base file, unlike ResourceBundle), read as UTF-8; null when absent. */
    private Properties load(String name) {
        String resource = name.replace('.', '/') + ".properties";
        try (InputStream in = classes.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
