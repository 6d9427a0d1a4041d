package org.danvan.emulation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Locale;
import java.util.Set;

import org.danvan.emulation.api.Achievement;
import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.AwardTitle;
import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.Recipient;
import org.danvan.emulation.api.RewardAmount;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.RealRules;
import org.junit.jupiter.api.Test;

/** The title table as data: awarding levels, prerequisites, and rewards on both sides of a base-salary change. */
class AwardRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private final AwardRules titles = new AwardRules(TitleCatalog.load(),
            RealRules.withModuleFiles("rules/emulation-rules.csv"));

    private static List<Violation> refusal(Runnable proposal) {
        return assertThrows(ValidationException.class, proposal::run).violations();
    }

    @Test
    void theConfirmedCoefficientsAreThoseOfDecree98Article54() {
        Map<String, String> confirmed = Map.of("LDTT", "0.3", "CSTD_CO_SO", "1.0", "CSTD_TINH", "3.0", "TT_LDXS",
                "1.5", "TT_LDTT", "0.8");
        confirmed.forEach((code, coefficient) -> {
            AwardTitle title = titles.title(code, DAY).orElseThrow();
            assertEquals(0, new BigDecimal(coefficient).compareTo(title.coefficient()), code);
            assertTrue(title.confirmed(), code);
            assertTrue(title.citation().contains("98/2023/NĐ-CP, Điều 54"), title.citation());
        });
        for (AwardTitle title : titles.titles(DAY)) {
            assertFalse(title.citation().isBlank(), title.code());
            assertTrue(title.confirmed() || title.citation().contains("[verify"), title.code()
                    + " is neither confirmed nor marked [verify]");
        }
        assertEquals(11, titles.titles(DAY).size());
        assertTrue(titles.titles(LocalDate.of(2023, 12, 31)).isEmpty(), "nothing before Law 06/2022 applies");
    }

    @Test
    void everyTitleHasANameInEachLanguage() {
        for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH, Locale.FRENCH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.emulation", locale);
            for (AwardTitle title : titles.titles(DAY)) {
                assertTrue(bundle.containsKey(title.labelKey()), title.labelKey() + " in " + locale);
            }
            for (AwardLevel level : AwardLevel.values()) {
                assertTrue(bundle.containsKey("emulation.level." + level), level + " in " + locale);
            }
            for (Achievement achievement : Achievement.values()) {
                assertTrue(bundle.containsKey("emulation.achievement." + achievement), achievement + " in " + locale);
            }
        }
    }

    @Test
    void aGrassrootsFighterNeedsAdvancedWorkerAndAnInitiativeOrExcellence() {
        List<Violation> nothing = refusal(() -> titles.checkEligible("CSTD_CO_SO", Recipient.INDIVIDUAL,
                AwardLevel.COMMUNE, 2026, Map.of(), Set.of(), DAY));
        assertEquals(List.of("LDTT", "INITIATIVE|EXCELLENT"), nothing.stream().map(v -> v.args().get(1)).toList());
        assertTrue(nothing.stream().allMatch(v -> v.messageKey().equals(AwardTitles.PREREQUISITE_MISSING)
                && v.field().equals("titleCode")));
        // LĐTT of last year does not count for this year
        List<Violation> lastYear = refusal(() -> titles.checkEligible("CSTD_CO_SO", Recipient.INDIVIDUAL,
                AwardLevel.COMMUNE, 2026, Map.of(2025, Set.of("LDTT")), Set.of(Achievement.EXCELLENT), DAY));
        assertEquals(List.of("LDTT"), lastYear.stream().map(v -> v.args().get(1)).toList());
        titles.checkEligible("CSTD_CO_SO", Recipient.INDIVIDUAL, AwardLevel.COMMUNE, 2026,
                Map.of(2026, Set.of("LDTT")), Set.of(Achievement.EXCELLENT), DAY);
        titles.checkEligible("CSTD_CO_SO", Recipient.INDIVIDUAL, AwardLevel.COMMUNE, 2026,
                Map.of(2026, Set.of("LDTT")), Set.of(Achievement.INITIATIVE), DAY);
    }

    @Test
    void aProvincialFighterNeedsThreeConsecutiveGrassrootsTitles() {
        Map<Integer, Set<String>> gap = Map.of(2024, Set.of("CSTD_CO_SO"), 2026, Set.of("CSTD_CO_SO"));
        List<Violation> refused = refusal(() -> titles.checkEligible("CSTD_TINH", Recipient.INDIVIDUAL,
                AwardLevel.PROVINCE, 2026, gap, Set.of(Achievement.INITIATIVE), DAY));
        assertEquals("CSTD_CO_SO*3", refused.get(0).args().get(1));
        titles.checkEligible("CSTD_TINH", Recipient.INDIVIDUAL, AwardLevel.PROVINCE, 2026, Map.of(2024,
                Set.of("CSTD_CO_SO"), 2025, Set.of("CSTD_CO_SO"), 2026, Set.of("CSTD_CO_SO", "LDTT")),
                Set.of(Achievement.INITIATIVE), DAY);
    }

    @Test
    void aLevelThatCannotAwardIsRefusedWithTheLevelsThatCan() {
        List<Violation> commune = refusal(() -> titles.checkEligible("TT_LDXS", Recipient.COLLECTIVE,
                AwardLevel.COMMUNE, 2026, Map.of(), Set.of(Achievement.EXCELLENT), DAY));
        assertEquals(1, commune.size());
        assertEquals(AwardTitles.LEVEL_CANNOT_AWARD, commune.get(0).messageKey());
        assertEquals(List.of("TT_LDXS", "COMMUNE", "PROVINCE"), commune.get(0).args().subList(0, 3));
        titles.checkEligible("TT_LDXS", Recipient.COLLECTIVE, AwardLevel.PROVINCE, 2026, Map.of(),
                Set.of(Achievement.EXCELLENT), DAY);
        // Giấy khen is the commune chair's: a province proposes a Bằng khen instead
        assertEquals(AwardTitles.LEVEL_CANNOT_AWARD, refusal(() -> titles.checkEligible("GIAY_KHEN_CA_NHAN",
                Recipient.INDIVIDUAL, AwardLevel.PROVINCE, 2026, Map.of(), Set.of(), DAY)).get(0).messageKey());
        // every reason at once: the wrong recipient and the wrong level
        List<Violation> both = refusal(() -> titles.checkEligible("CSTD_TINH", Recipient.COLLECTIVE,
                AwardLevel.COMMUNE, 2026, Map.of(), Set.of(), DAY));
        assertEquals(List.of(AwardTitles.WRONG_RECIPIENT, AwardTitles.LEVEL_CANNOT_AWARD,
                AwardTitles.PREREQUISITE_MISSING, AwardTitles.PREREQUISITE_MISSING), both.stream()
                .map(Violation::messageKey).toList());
        assertEquals(AwardTitles.UNKNOWN, refusal(() -> titles.checkEligible("HUAN_CHUONG", Recipient.INDIVIDUAL,
                AwardLevel.NATIONAL, 2026, Map.of(), Set.of(), DAY)).get(0).messageKey());
    }

    @Test
    void theRewardTakesTheBaseSalaryInForceOnTheDecisionDay() {
        // 1 800 000 until 30 June 2024, 2 340 000 from 1 July 2024 (rule rows, [verify])
        RewardAmount before = titles.reward("CSTD_CO_SO", LocalDate.of(2024, 6, 30));
        RewardAmount after = titles.reward("CSTD_CO_SO", LocalDate.of(2024, 7, 1));
        assertEquals(new BigDecimal("1800000"), before.amount());
        assertEquals(new BigDecimal("2340000"), after.amount());
        assertTrue(before.baseSalaryCitation().contains("24/2023/NĐ-CP"), before.baseSalaryCitation());
        assertTrue(after.baseSalaryCitation().contains("73/2024/NĐ-CP"), after.baseSalaryCitation());
        // 0.3 × 1 800 000 = 540 000; 0.3 × 2 340 000 = 702 000, rounded up to the ten thousand: 710 000
        assertEquals(new BigDecimal("540000"), titles.reward("LDTT", LocalDate.of(2024, 6, 30)).amount());
        assertEquals(new BigDecimal("710000"), titles.reward("LDTT", LocalDate.of(2024, 7, 1)).amount());
        // 3.0 × 2 340 000
        assertEquals(new BigDecimal("7020000"), titles.reward("CSTD_TINH", DAY).amount());
        assertEquals(0, new BigDecimal("0.8").compareTo(titles.reward("TT_LDTT", DAY).coefficient()));
    }

    @Test
    void theRewardNeedsATitleAndABaseSalaryOnTheDay() {
        assertEquals(AwardTitles.UNKNOWN, assertThrows(ValidationException.class,
                () -> titles.reward("LDTT", LocalDate.of(2023, 12, 31))).violations().get(0).messageKey());
        AwardRules withoutSalary = new AwardRules(TitleCatalog.load(), RealRules.withModuleFiles());
        assertEquals(AwardTitles.NO_BASE_SALARY, assertThrows(ValidationException.class,
                () -> withoutSalary.reward("LDTT", DAY)).violations().get(0).messageKey());
    }

    @Test
    void aBadTitleRowStopsTheCatalog() {
        assertTrue(assertThrows(IllegalStateException.class, () -> TitleCatalog.parse(List.of(
                "X,2024-01-01,INDIVIDUAL,COMMUNE,NOPE,0.3,C,Luật"))).getMessage().contains("unknown title NOPE"));
        assertTrue(assertThrows(IllegalStateException.class, () -> TitleCatalog.parse(List.of("# c", "",
                "X,2024-01-01,INDIVIDUAL,DISTRICT,-,0.3,C,Luật"))).getMessage().contains("line 3"));
        assertThrows(IllegalStateException.class, () -> TitleCatalog.parse(List.of(
                "X,2024-01-01,INDIVIDUAL,COMMUNE,-,0.3,C,")));
        assertThrows(IllegalStateException.class, () -> TitleCatalog.parse(List.of(
                "X,2024-01-01,INDIVIDUAL,COMMUNE,-,0.3,Q,Luật")));
    }

    @Test
    void aNewRowChangesTheTitleFromItsDayOnly() {
        TitleCatalog catalog = TitleCatalog.parse(List.of("LDTT,2024-01-01,INDIVIDUAL,COMMUNE,-,0.3,C,Nghị định A",
                "LDTT,2027-01-01,INDIVIDUAL,COMMUNE PROVINCE,-,0.4,V,Nghị định B [verify]"));
        assertEquals(Set.of(AwardLevel.COMMUNE), catalog.find("LDTT", LocalDate.of(2026, 12, 31)).orElseThrow()
                .levels());
        assertEquals(0, new BigDecimal("0.4").compareTo(catalog.find("LDTT", LocalDate.of(2027, 1, 1)).orElseThrow()
                .coefficient()));
    }
}
