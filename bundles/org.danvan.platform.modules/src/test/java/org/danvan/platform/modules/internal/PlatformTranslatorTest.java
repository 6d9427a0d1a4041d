package org.danvan.platform.modules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.danvan.platform.api.i18n.TranslationContribution;
import org.junit.jupiter.api.Test;

class PlatformTranslatorTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final PlatformTranslator translator = new PlatformTranslator();
    private final TranslationContribution testModule = () -> "i18n.testmodule";

    @Test
    void vietnameseIsTheDefaultAndUnknownLanguagesFallBackToIt() {
        translator.addContribution(testModule);
        assertEquals("Mô-đun thử", translator.translate("testmodule.name", VI));
        assertEquals("Mô-đun thử", translator.translate("testmodule.name", Locale.GERMAN));
        assertEquals("Mô-đun thử", translator.translate("testmodule.name", null));
        assertEquals("Test module", translator.translate("testmodule.name", Locale.UK));
    }

    @Test
    void aKeyMissingInEnglishFallsBackToVietnameseAndParametersAreFormatted() {
        translator.addContribution(testModule);
        assertEquals("Chỉ có tiếng Việt", translator.translate("testmodule.only.vi", Locale.ENGLISH));
        assertEquals("Xin chào, Nguyễn Văn An", translator.translate("testmodule.greeting", VI, "Nguyễn Văn An"));
    }

    @Test
    void aDayParameterReadsAsVietnameseOfficialPapersWriteIt() {
        translator.addContribution(testModule);
        assertEquals("Xin chào, 07/12/2026", translator.translate("testmodule.greeting", VI,
                java.time.LocalDate.of(2026, 12, 7)));
        Object[] given = { "a", java.time.LocalDate.of(2026, 1, 5) };
        assertEquals("05/01/2026", PlatformTranslator.days(given)[1]);
        assertEquals(java.time.LocalDate.of(2026, 1, 5), given[1], "the caller's array is left as it was");
    }

    @Test
    void unknownKeysAreMarkedAndContributionsAreForgottenWhenTheyLeave() {
        assertEquals("!testmodule.name!", translator.translate("testmodule.name", VI));
        translator.addContribution(testModule);
        assertEquals("Mô-đun thử", translator.translate("testmodule.name", VI));
        translator.removeContribution(testModule);
        assertEquals("!testmodule.name!", translator.translate("testmodule.name", VI));
    }
}
