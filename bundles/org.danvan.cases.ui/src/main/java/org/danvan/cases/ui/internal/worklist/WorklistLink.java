package org.danvan.cases.ui.internal.worklist;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.Worklist;

/**
 * The query parameters a link into the worklist may carry (e.g. a dashboard's drill-down):
 * {@code ?ds=OVERDUE&loai=COMPLAINT_FIRST&trang-thai=ACCEPTED&don-vi=12&cap-duoi=1&cua-toi=1} ({@code cua-toi=1}: only
 * the signed-in user's cases, e.g. from a card of the home page). Unknown or malformed values are
 * ignored rather than refused: a stale bookmark still opens the list.
 */
public final class WorklistLink {

    public static final String WORKLIST = "ds";
    public static final String KIND = "loai";
    public static final String STATUS = "trang-thai";
    public static final String UNIT = "don-vi";
    public static final String SUBUNITS = "cap-duoi";
    /** {@code 1}: only cases handled by the signed-in user. */
    public static final String MINE = "cua-toi";

    private WorklistLink() {
    }

    /** The filter a link asks for; the given default when it asks for nothing. */
    public static WorklistFilter parse(Map<String, List<String>> parameters, Worklist fallback) {
        return parse(parameters, fallback, null);
    }

    /**
     * The filter a link asks for, where {@code cua-toi=1} restricts to the cases of {@code me}.
     *
     * @param me the signed-in user's id, or {@code null} to ignore {@code cua-toi}
     */
    public static WorklistFilter parse(Map<String, List<String>> parameters, Worklist fallback, Long me) {
        Worklist worklist = first(parameters, WORKLIST).map(v -> enumValue(Worklist.class, v)).orElse(null);
        WorklistFilter base = WorklistFilter.of(worklist == null ? fallback : worklist);
        Set<CaseKind> kinds = values(parameters, KIND, CaseKind.class);
        Set<CaseStatus> statuses = values(parameters, STATUS, CaseStatus.class);
        Long unit = first(parameters, UNIT).map(WorklistLink::id).orElse(null);
        boolean subunits = first(parameters, SUBUNITS).map("1"::equals).orElse(false);
        Long handler = me != null && first(parameters, MINE).map("1"::equals).orElse(false) ? me : null;
        return new WorklistFilter(base.worklist(), kinds, statuses, unit, subunits, null, null, handler, null,
                base.sortByDueDate());
    }

    private static java.util.Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.ofNullable(values.get(0));
    }

    private static <E extends Enum<E>> Set<E> values(Map<String, List<String>> parameters, String name,
            Class<E> type) {
        EnumSet<E> result = EnumSet.noneOf(type);
        for (String value : parameters.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                E e = enumValue(type, part);
                if (e != null) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null || value.length() > 40) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static Long id(String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }
}
