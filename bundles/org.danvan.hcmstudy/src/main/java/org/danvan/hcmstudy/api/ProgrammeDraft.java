package org.danvan.hcmstudy.api;

import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * What a unit enters as its yearly theme and programme.
 *
 * @param unitId the unit (province, commune, agency, Party cell); required
 * @param year the year, {@value #FIRST_YEAR} (Directive 05-CT/TW) to next year
 * @param theme the year's theme, at most {@value #THEME_MAX} characters; required
 * @param keyContents the key contents, at most {@value #TEXT_MAX} characters; required
 * @param materials documents to read or download, at most {@value #MATERIALS_MAX}, each at most {@value #LINE_MAX}
 */
public record ProgrammeDraft(Long unitId, Integer year, String theme, String keyContents, List<String> materials) {

    public static final int FIRST_YEAR = 2016;
    public static final int THEME_MAX = 500;
    public static final int TEXT_MAX = 4000;
    public static final int LINE_MAX = 300;
    public static final int MATERIALS_MAX = 12;

    public static final String UNIT_REQUIRED = "hcmstudy.validation.unit.required";
    public static final String YEAR_RANGE = "hcmstudy.validation.year.range";
    public static final String THEME_REQUIRED = "hcmstudy.validation.theme.required";
    public static final String CONTENTS_REQUIRED = "hcmstudy.validation.contents.required";
    public static final String MATERIAL_LINE = "hcmstudy.validation.material.line";
    public static final String DUPLICATE = "hcmstudy.validation.programme.duplicate";

    public ProgrammeDraft {
        theme = theme == null ? null : theme.strip();
        keyContents = keyContents == null ? null : keyContents.strip();
        materials = materials == null ? List.of()
                : materials.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
    }

    /** Every rule broken, in field order; {@code currentYear} bounds the year. */
    public List<Violation> validate(int currentYear) {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", UNIT_REQUIRED));
        }
        if (year == null || year < FIRST_YEAR || year > currentYear + 1) {
            problems.add(Violation.of("year", YEAR_RANGE, FIRST_YEAR, currentYear + 1));
        }
        if (theme == null || theme.isEmpty() || theme.length() > THEME_MAX) {
            problems.add(Violation.of("theme", THEME_REQUIRED, THEME_MAX));
        }
        if (keyContents == null || keyContents.isEmpty() || keyContents.length() > TEXT_MAX) {
            problems.add(Violation.of("keyContents", CONTENTS_REQUIRED, TEXT_MAX));
        }
        if (materials.size() > MATERIALS_MAX || materials.stream().anyMatch(m -> m.length() > LINE_MAX)) {
            problems.add(Violation.of("materials", MATERIAL_LINE, MATERIALS_MAX, LINE_MAX));
        }
        return List.copyOf(problems);
    }
}
