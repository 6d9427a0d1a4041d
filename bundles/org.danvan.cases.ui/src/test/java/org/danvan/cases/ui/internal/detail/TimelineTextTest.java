package org.danvan.cases.ui.internal.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseStep;
import org.danvan.platform.ui.kit.Translate;
import org.junit.jupiter.api.Test;

class TimelineTextTest {

    private static final Map<String, String> TEXTS = Map.of("cases.ui.step.outcome", "Kết quả",
            "case.outcome.PARTLY_UPHELD", "Đúng một phần", "cases.ui.step.resolvedOn", "Ngày giải quyết",
            "cases.ui.step.late", "Quá hạn", "cases.ui.no", "Không", "cases.ui.step.rule", "Thời hạn",
            "rules.complaint.first.resolve", "Giải quyết khiếu nại lần đầu");

    /** Like the shell's translator: {@code !key!} for unknown keys. */
    private final Translate translate = (key, params) -> TEXTS.getOrDefault(key, "!" + key + "!");

    @Test
    void detailsReadAsSentencesInTheUsersLanguage() {
        Map<String, String> details = new HashMap<>();
        details.put("outcome", "PARTLY_UPHELD");
        details.put("resolvedOn", "2026-04-02");
        details.put("late", "false");
        details.put("rule", "complaint.first.resolve");
        details.put("sha256", "ab12");
        details.put("summary", "  ");
        details.put("newerEngineKey", "value");
        CaseStep step = new CaseStep(CaseAction.RESOLVE, Instant.parse("2026-04-02T03:00:00Z"), "lan", "Lan",
                CaseStatus.ACCEPTED, CaseStatus.RESOLVED, details);
        assertEquals(List.of("Quá hạn: Không", "newerEngineKey: value", "Kết quả: Đúng một phần",
                "Ngày giải quyết: 02/04/2026", "Thời hạn: Giải quyết khiếu nại lần đầu"),
                TimelineText.lines(step, translate));
    }
}
