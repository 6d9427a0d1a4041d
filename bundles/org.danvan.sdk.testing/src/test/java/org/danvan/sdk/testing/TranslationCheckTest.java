package org.danvan.sdk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class TranslationCheckTest {

    private static final Path COMPLETE = Path.of("src/test/fixtures/complete");
    private static final Path BROKEN = Path.of("src/test/fixtures/broken");

    @Test
    void aCompleteBundlePasses() {
        TranslationCheck check = TranslationCheck.of("i18n.kit").sources(COMPLETE);
        assertEquals(List.of(), check.problems());
        check.assertComplete();
    }

    @Test
    void anInheritedConstantIsResolvedAndTheKeyItNamesChecked() {
        List<String> problems = TranslationCheck.of("i18n.kitbroken").sources(COMPLETE).problems();
        assertTrue(problems.contains("KitService.java:9 uses \"kit.error.gone\", which no translation file defines"),
                String.join("\n", problems));
    }

    @Test
    void aKeyUsedButNotDefinedFailsWithWhereItIsUsed() {
        List<String> problems = TranslationCheck.of("i18n.kit").sources(BROKEN).alsoUsing("i18n.kitbroken").problems();
        assertEquals(List.of("BrokenScreen.java:6 uses \"kitbroken.view.titel\", which no translation file defines",
                "BrokenScreen.java:7 uses \"kitbroken.validation.missing\", which no translation file defines"),
                problems);
    }

    @Test
    void gapsBetweenLanguagesAndBadTextsAreAllReported() {
        List<String> problems = TranslationCheck.of("i18n.kitbroken").sources(COMPLETE).alsoUsing("i18n.kit").problems();
        String all = String.join("\n", problems);
        assertTrue(all.contains("i18n/kitbroken_fr.properties is missing"), all);
        assertTrue(all.contains("i18n/kitbroken_en.properties lacks kitbroken.only.vietnamese"), all);
        assertTrue(all.contains("i18n/kitbroken.properties (Vietnamese) lacks kitbroken.only.english"), all);
        assertTrue(all.contains("i18n/kitbroken.properties kitbroken.view.quote has a straight apostrophe"), all);
        assertTrue(all.contains("i18n/kitbroken.properties kitbroken.view.empty is empty"), all);
        assertTrue(all.contains("i18n/kitbroken_en.properties kitbroken.view.saved has placeholders [] but Vietnamese has [{0}]"),
                all);
        assertEquals(6, problems.size(), all);
    }

    @Test
    void literalsWithAPrefixMustBeKeys() {
        List<String> problems = TranslationCheck.of("i18n.kit").sources(COMPLETE).literalsStartingWith("kit.entry.")
                .problems();
        assertEquals(List.of("KitKeys.java:9 uses \"kit.entry.created\", which no translation file defines"), problems);
    }

    @Test
    void assertCompleteNamesEveryProblem() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> TranslationCheck.of("i18n.kit").sources(BROKEN).assertComplete());
        assertTrue(failure.getMessage().startsWith("3 translation problem(s) in [i18n.kit]"), failure.getMessage());
    }

    @Test
    void aFolderWithoutKeysOrWithoutSourcesIsAMistake() {
        assertEquals(List.of("no translation key found in [src/test/resources]: wrong folder?"),
                TranslationCheck.of("i18n.kit").sources(Path.of("src/test/resources")).problems());
        assertThrows(AssertionError.class, () -> TranslationCheck.of("i18n.kit").sources(Path.of("no/such/folder"))
                .problems());
    }
}
