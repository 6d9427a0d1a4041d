package org.danvan.emulation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.emulation.api.Achievement;
import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.AwardTitle;
import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.Recipient;
import org.danvan.emulation.api.Requirement;
import org.danvan.emulation.api.RewardAmount;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The title table's rules: eligibility by prerequisites and awarding level, and the reward of a decision. */
@Component(service = AwardTitles.class, immediate = true)
public class AwardRules implements AwardTitles {

    static final String BASE_SALARY = "emulation.salary.base";
    static final String ROUNDING = "emulation.amount.rounding";
    static final String FIELD = "titleCode";

    private final TitleCatalog catalog;
    private final RuleTable rules;

    @Activate
    public AwardRules(@Reference RuleTable rules) {
        this(TitleCatalog.load(), rules);
    }

    /** On a catalog of the caller's (tests); a different arity from the activation constructor. */
    AwardRules(TitleCatalog catalog, RuleTable rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    @Override
    public List<AwardTitle> titles(LocalDate day) {
        return catalog.inForce(day);
    }

    @Override
    public Optional<AwardTitle> title(String code, LocalDate day) {
        return code == null ? Optional.empty() : catalog.find(code, day);
    }

    @Override
    public void checkEligible(String code, Recipient recipient, AwardLevel level, int year,
            Map<Integer, Set<String>> held, Set<Achievement> achievements, LocalDate day) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(level, "level");
        AwardTitle title = title(code, day)
                .orElseThrow(() -> ValidationException.of(FIELD, UNKNOWN, String.valueOf(code)));
        List<Violation> problems = new ArrayList<>();
        if (title.recipient() != recipient) {
            problems.add(Violation.of(FIELD, WRONG_RECIPIENT, code, "emulation.recipient." + title.recipient()));
        }
        if (!title.levels().contains(level)) {
            problems.add(Violation.of(FIELD, LEVEL_CANNOT_AWARD, code, level.name(), title.levels().stream()
                    .map(AwardLevel::name).sorted().collect(Collectors.joining(", ")), title.citation()));
        }
        for (Requirement requirement : title.requires()) {
            if (requirement.alternatives().stream().noneMatch(a -> meets(a, year, held, achievements))) {
                problems.add(Violation.of(FIELD, PREREQUISITE_MISSING, code, requirement.code(), title.citation()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static boolean meets(Requirement.Alternative alternative, int year, Map<Integer, Set<String>> held,
            Set<Achievement> achievements) {
        if (alternative.achievement() != null) {
            return achievements.contains(alternative.achievement());
        }
        for (int y = year - alternative.years() + 1; y <= year; y++) {
            if (!held.getOrDefault(y, Set.of()).contains(alternative.titleCode())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public RewardAmount reward(String code, LocalDate decidedOn) {
        Objects.requireNonNull(decidedOn, "decidedOn");
        AwardTitle title = title(code, decidedOn)
                .orElseThrow(() -> ValidationException.of(FIELD, UNKNOWN, String.valueOf(code)));
        RuleFigure salary = rules.figure(BASE_SALARY, decidedOn)
                .orElseThrow(() -> ValidationException.of("decidedOn", NO_BASE_SALARY, decidedOn));
        BigDecimal amount = title.coefficient().multiply(salary.value());
        Optional<RuleFigure> rounding = rules.figure(ROUNDING, decidedOn);
        if (rounding.isPresent() && rounding.get().value().signum() > 0) {
            BigDecimal step = rounding.get().value();
            amount = amount.divide(step, 0, RoundingMode.CEILING).multiply(step);
        }
        return new RewardAmount(code, decidedOn, title.coefficient(), salary.value(), amount.stripTrailingZeros()
                .setScale(0, RoundingMode.UNNECESSARY), title.citation(), salary.citation());
    }
}
