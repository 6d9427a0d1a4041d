package org.danvan.emulation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/** The title table in force on a day, the eligibility of a proposal and the reward a decision carries. */
@ProviderType
public interface AwardTitles {

    /** Refusal: no title of that code is in force on the decision day; argument the code. */
    String UNKNOWN = "emulation.validation.title.unknown";
    /** Refusal: the title is for the other kind of recipient; arguments the code, the recipient's key. */
    String WRONG_RECIPIENT = "emulation.validation.title.recipient";
    /** Refusal: the level cannot award the title; arguments the code, the level's key, the allowed levels, source. */
    String LEVEL_CANNOT_AWARD = "emulation.validation.title.level";
    /** Refusal: a prerequisite is missing; arguments the code, the requirement as written, the citation. */
    String PREREQUISITE_MISSING = "emulation.validation.title.prerequisite";
    /** Refusal: no base salary row on the decision day; argument the day. */
    String NO_BASE_SALARY = "emulation.validation.baseSalary.missing";

    /** The rows in force on a day, one per code, in the data file's order. */
    List<AwardTitle> titles(LocalDate day);

    /** The row of a title in force on a day. */
    Optional<AwardTitle> title(String code, LocalDate day);

    /**
     * Refuses a proposal the title table does not allow, with every reason: a title unknown on the decision day, the
     * wrong kind of recipient, a level whose authority cannot award it, each missing prerequisite.
     *
     * @param code the title proposed
     * @param recipient who would receive it
     * @param level the level of the authority asked to award it
     * @param year the emulation year the proposal is for
     * @param held the titles the candidate already holds, by year
     * @param achievements what the dossier shows for {@code year}
     * @param day the day whose rows apply (the proposal's or decision's)
     * @throws org.danvan.platform.api.validation.ValidationException with field {@code titleCode}
     */
    void checkEligible(String code, Recipient recipient, AwardLevel level, int year, Map<Integer, Set<String>> held,
            Set<Achievement> achievements, LocalDate day);

    /**
     * The reward of a title decided on a day: coefficient × base salary (rule {@code emulation.salary.base}) in force
     * on that day, rounded up to {@code emulation.amount.rounding}.
     *
     * @throws org.danvan.platform.api.validation.ValidationException when the title or the base salary has no row on
     *             that day
     */
    RewardAmount reward(String code, LocalDate decidedOn);
}
