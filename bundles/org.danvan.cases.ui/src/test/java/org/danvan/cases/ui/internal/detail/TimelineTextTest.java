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

    @Test
    void aSuspensionReadsWithItsGroundAndDays() {
        Map<String, String> texts = Map.of("cases.ui.step.ground", "Căn cứ", "cases.ui.step.noticeDue",
                "Hạn gửi quyết định", "cases.ui.step.usedDays", "Số ngày đã tính vào thời hạn",
                "case.extension.ground.SEVERAL_PLACES", "Phải kiểm tra, xác minh tại nhiều địa điểm");
        Translate t = (key, params) -> texts.getOrDefault(key, "!" + key + "!");
        CaseStep suspend = new CaseStep(CaseAction.SUSPEND, Instant.parse("2026-07-09T03:00:00Z"), "lan", "Lan",
                CaseStatus.ACCEPTED, CaseStatus.SUSPENDED, Map.of("ground", "Chờ kết quả giám định", "noticeDue",
                        "2026-07-14", "usedDays", "8"));
        assertEquals(List.of("Căn cứ: Chờ kết quả giám định", "Hạn gửi quyết định: 14/07/2026",
                "Số ngày đã tính vào thời hạn: 8"), TimelineText.lines(suspend, t));
        CaseStep extend = new CaseStep(CaseAction.EXTEND, Instant.parse("2026-07-09T03:00:00Z"), "lan", "Lan",
                CaseStatus.RECEIVED, CaseStatus.RECEIVED, Map.of("ground", "SEVERAL_PLACES"));
        assertEquals(List.of("Căn cứ: Phải kiểm tra, xác minh tại nhiều địa điểm"), TimelineText.lines(extend, t));
    }
}
