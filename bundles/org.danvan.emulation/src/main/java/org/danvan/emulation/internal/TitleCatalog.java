package org.danvan.emulation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.emulation.api.Achievement;
import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.AwardTitle;
import org.danvan.emulation.api.Recipient;
import org.danvan.emulation.api.Requirement;

/** The title table as the bundle's data file lists it (titles/award-titles.csv), versioned by effective date. */
final class TitleCatalog {

    static final String RESOURCE = "titles/award-titles.csv";

    /** Rows by code, oldest first; codes in the file's order. */
    private final Map<String, List<AwardTitle>> rows;

    private TitleCatalog(Map<String, List<AwardTitle>> rows) {
        this.rows = rows;
    }

    /** Reads the file strictly: a bad line is a build defect and fails loudly. */
    static TitleCatalog load() {
        return parse(DataFiles.lines(RESOURCE));
    }

    static TitleCatalog parse(List<String> lines) {
        Map<String, List<AwardTitle>> rows = new LinkedHashMap<>();
        for (AwardTitle title : DataFiles.rows(RESOURCE, lines, 8, TitleCatalog::row)) {
            rows.computeIfAbsent(title.code(), c -> new ArrayList<>()).add(title);
        }
        for (Map.Entry<String, List<AwardTitle>> entry : rows.entrySet()) {
            entry.getValue().sort(Comparator.comparing(AwardTitle::effectiveFrom));
            for (AwardTitle title : entry.getValue()) {
                for (var requirement : title.requires()) {
                    for (var alternative : requirement.alternatives()) {
                        if (alternative.titleCode() != null && !rows.containsKey(alternative.titleCode())) {
                            throw new IllegalStateException(RESOURCE + ": " + title.code() + " requires unknown title "
                                    + alternative.titleCode());
                        }
                    }
                }
            }
        }
        return new TitleCatalog(rows);
    }

    private static AwardTitle row(String[] f) {
        String code = f[0].strip();
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("bad code " + code);
        }
        Set<AwardLevel> levels = EnumSet.noneOf(AwardLevel.class);
        for (String level : f[3].strip().split(" +")) {
            levels.add(AwardLevel.valueOf(level));
        }
        List<Requirement> requires = new ArrayList<>();
        if (!f[4].strip().equals("-")) {
            for (String group : f[4].strip().split(" +")) {
                List<Requirement.Alternative> alternatives = new ArrayList<>();
                for (String alternative : group.split("\\|")) {
                    alternatives.add(alternative(alternative));
                }
                requires.add(new Requirement(alternatives));
            }
        }
        String status = f[6].strip();
        if (!status.matches("C|V")) {
            throw new IllegalArgumentException("status must be C or V");
        }
        String citation = f[7];
        return new AwardTitle(code, LocalDate.parse(f[1].strip()), Recipient.valueOf(f[2].strip()), levels, requires,
                new BigDecimal(f[5].strip()), status.equals("C"), citation);
    }

    private static Requirement.Alternative alternative(String token) {
        for (Achievement achievement : Achievement.values()) {
            if (achievement.name().equals(token)) {
                return Requirement.Alternative.achievement(achievement);
            }
        }
        int star = token.indexOf('*');
        return star < 0 ? Requirement.Alternative.title(token, 1)
                : Requirement.Alternative.title(token.substring(0, star), Integer.parseInt(token.substring(star + 1)));
    }

    /** The rows in force on a day, one per code. */
    List<AwardTitle> inForce(LocalDate day) {
        return rows.keySet().stream().map(code -> find(code, day)).flatMap(Optional::stream).toList();
    }

    /** The row of a code in force on a day. */
    Optional<AwardTitle> find(String code, LocalDate day) {
        List<AwardTitle> history = rows.getOrDefault(code, List.of());
        AwardTitle found = null;
        for (AwardTitle row : history) {
            if (!row.effectiveFrom().isAfter(day)) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }
}
