package org.danvan.emulation.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A reward computed for a decision (Decree 98/2023 art. 54): coefficient × base salary in force on the decision day,
 * rounded up to the rounding step, with both sources.
 *
 * @param titleCode the title awarded
 * @param decidedOn the decision day the figures were taken on
 * @param coefficient from the title row
 * @param baseSalary the base salary row's figure, in đồng
 * @param amount the reward, in đồng
 * @param coefficientCitation the title row's citation
 * @param baseSalaryCitation the base salary row's citation
 */
public record RewardAmount(String titleCode, LocalDate decidedOn, BigDecimal coefficient, BigDecimal baseSalary,
        BigDecimal amount, String coefficientCitation, String baseSalaryCitation) {
}
