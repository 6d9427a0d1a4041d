package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseNotification;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.notification.UserNotification;
import org.danvan.platform.api.security.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** Per-unit yearly numbers under concurrency, the daily job's lease, and due dates after a calendar change. */
abstract class ConcurrencyAndJobsContract extends CaseEngineFixture {

    @Test
    void fourConcurrentClerksGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        int threads = 4;
        int each = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int clerk = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        numbers.add(intake(CaseKind.REFLECTION, person("Người " + clerk + " số " + i, null, null),
                                "Phản ánh số " + clerk + "-" + i).number());
                    }
                    return numbers;
                }));
            }
            Set<String> all = new TreeSet<>();
            int count = 0;
            for (Future<List<String>> result : results) {
                List<String> numbers = result.get();
                count += numbers.size();
                all.addAll(numbers);
            }
            assertEquals(threads * each, count);
            Set<String> expected = new TreeSet<>();
            for (int i = 1; i <= threads * each; i++) {
                expected.add(String.format("2026/%06d", i));
            }
            assertEquals(expected, all);
        } finally {
            pool.shutdownNow();
        }
        assertEquals("2026/000001", intake(TestOrgUnits.LIM, CaseKind.REFLECTION, person("Lâm", null, null),
                "Phản ánh", TODAY).number(), "each unit counts on its own");
    }

    @Test
    void theDailyJobRunsOnceAcrossTwoNodesAndNotifiesHandlerAndHeads() throws Exception {
        long overdue = intake(TestOrgUnits.TIEN_DU, CaseKind.INFO_REQUEST_ELECTRONIC, person("Cao Văn Lực", null, null),
                "Xin thông tin", LocalDate.of(2026, 3, 2)).caseId();
        engine.assign(CHAIR, overdue, version(overdue), HANDLER.userId(), HANDLER.fullName());
        long nearDue = intake(CaseKind.INFO_REQUEST_ELECTRONIC, person("Cao Thị Mơ", null, null), "Xin thông tin")
                .caseId();
        long later = intake(CaseKind.VOTER_RECOMMENDATION, person("Tổ cử tri", null, null), "Kiến nghị cử tri")
                .caseId();

        CaseEngine otherNode = newEngine(CaseSettings.defaults(contentStore));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Boolean> ran = new ArrayList<>();
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (CaseEngine node : List.of(engine, otherNode)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return node.runDailyJob();
                }));
            }
            for (Future<Boolean> result : results) {
                ran.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ran.stream().filter(Boolean::booleanValue).count(), ran.toString());
        assertFalse(engine.runDailyJob(), "already ran today");
        assertFalse(otherNode.runDailyJob(), "already ran today");

        assertEquals(DueState.OVERDUE, engine.detail(CHAIR, overdue).summary().dueState());
        assertEquals(DueState.NEAR_DUE, engine.detail(CHAIR, nearDue).summary().dueState());
        assertEquals(DueState.ON_TIME, engine.detail(CHAIR, later).summary().dueState());

        List<String> due = List.of("case.notification.overdue", "case.notification.near-due");
        List<CaseNotification> handler = engine.list(HANDLER, true, 50);
        assertEquals(List.of("case.notification.overdue", "case.notification.assigned"),
                handler.stream().map(CaseNotification::messageKey).toList(), "newest first");
        List<CaseNotification> heads = engine.list(CHAIR, true, 50).stream()
                .filter(n -> due.contains(n.messageKey())).toList();
        assertEquals(2, heads.size(), "the chair heads the unit: the overdue and the near-due case");
        assertTrue(engine.list(OBSERVER, false, 50).isEmpty(), "another commune's observer hears nothing");
        long chairUnread = engine.unreadCount(CHAIR);
        assertEquals(engine.list(CHAIR, true, 50).size(), chairUnread);
        engine.markRead(CHAIR, heads.get(0).id());
        assertEquals(chairUnread - 1, engine.unreadCount(CHAIR));
        assertEquals(chairUnread - 1, engine.list(CHAIR, true, 50).size());
        assertEquals(chairUnread, engine.list(CHAIR, false, 50).size());
        assertEquals(2, engine.list(HANDLER, true, 50).size(), "read marks are per user");

        assertEquals(1, engine.find(CHAIR, CaseQuery.of(Worklist.OVERDUE)).total());
        assertEquals(1, engine.find(CHAIR, CaseQuery.of(Worklist.NEAR_DUE)).total());
        assertEquals(1, engine.find(HANDLER, CaseQuery.of(Worklist.MINE)).total());

        clock.advance(Duration.ofDays(1));
        assertTrue(otherNode.runDailyJob(), "a new day, a new run");
    }

    @Test
    void notificationsReachTheHandlerAndTheHeadsAndTellTheListenersAfterTheChange() {
        List<String> heard = new ArrayList<>();
        engine.addNotificationListener((source, users, units) -> heard.add(source + " " + users + " " + units));

        IntakeReceipt denunciation = intake(CaseKind.DENUNCIATION, person("Người tố cáo bí mật", "001099000123", null),
                "Nội dung tố cáo về cán bộ địa chính");
        long caseId = denunciation.caseId();
        assertEquals(List.of("cases [] [" + TestOrgUnits.TIEN_DU + "]"), heard, "the heads hear of a new case");
        UserNotification toClassify = engine.notifications(CHAIR, true, 10).get(0);
        assertEquals("case.notification.classification-needed", toClassify.messageKey());
        assertEquals(denunciation.number(), toClassify.subject(), "the case is named by its number only");
        assertEquals("ho-so-vu-viec/chi-tiet?id=" + caseId, toClassify.location());
        assertEquals(0, engine.unreadCount(HANDLER), "a handler is no head");

        heard.clear();
        engine.assign(CHAIR, caseId, version(caseId), HANDLER.userId(), HANDLER.fullName());
        assertEquals(List.of("cases [" + HANDLER.userId() + "] []"), heard);
        assertEquals(1, engine.unreadCount(HANDLER));
        UserNotification assigned = engine.notifications(HANDLER, false, 10).get(0);
        assertEquals("case.notification.assigned", assigned.messageKey());
        assertEquals(denunciation.number(), assigned.subject());
        assertFalse(assigned.read());
        engine.markRead(HANDLER, assigned.id());
        assertEquals(0, engine.unreadCount(HANDLER));
        assertTrue(engine.notifications(HANDLER, false, 10).get(0).read());
        engine.markRead(OBSERVER, toClassify.id());
        assertEquals(1, engine.unreadCount(CHAIR), "someone else's notification is not marked by another user");

        heard.clear();
        engine.assign(CHAIR, caseId, version(caseId), CHAIR.userId(), CHAIR.fullName());
        assertTrue(heard.isEmpty(), "whoever takes a case themselves is not told about it");
    }

    /** A decision needed from the heads (acceptance) and a comment on a handler's case reach who they concern. */
    @Test
    void acceptanceNeededAndACommentOnMyCaseAreNotified() {
        long id = intake(CaseKind.COMPLAINT_FIRST, person("Lưu Văn Tâm", null, null), "Khiếu nại").caseId();
        engine.classify(RECEPTION, id, version(id), Classification.complete(CaseKind.COMPLAINT_FIRST));
        assertEquals("case.notification.acceptance-needed", engine.notifications(CHAIR, true, 10).get(0)
                .messageKey(), "accepting is the chair's decision");
        long unprocessable = intake(CaseKind.RECOMMENDATION, person("Lưu Thị Tư", null, null), "Kiến nghị").caseId();
        long chairBefore = engine.unreadCount(CHAIR);
        engine.classify(RECEPTION, unprocessable, version(unprocessable),
                Classification.complete(CaseKind.RECOMMENDATION));
        assertEquals(chairBefore, engine.unreadCount(CHAIR), "a recommendation needs no acceptance");

        engine.accept(CHAIR, id, version(id), TODAY);
        engine.assign(CHAIR, id, version(id), HANDLER.userId(), HANDLER.fullName());
        long version = version(id);
        long handlerBefore = engine.unreadCount(HANDLER);
        List<String> heard = new ArrayList<>();
        engine.addNotificationListener((source, users, units) -> heard.add(source + " " + users + " " + units));
        assertRefused("case.error.required", () -> engine.comment(CHAIR, id, "  "));
        CaseDetail commented = engine.comment(CHAIR, id, "Đề nghị xác minh thêm tại Thôn Đoài trước khi trả lời");
        assertEquals(version, commented.summary().version(), "a comment changes nothing of the case");
        CaseStep step = commented.timeline().get(commented.timeline().size() - 1);
        assertEquals(CaseAction.COMMENT, step.action());
        assertEquals("Đề nghị xác minh thêm tại Thôn Đoài trước khi trả lời", step.details().get("note"));
        assertEquals(List.of("cases [" + HANDLER.userId() + "] []"), heard);
        assertEquals(handlerBefore + 1, engine.unreadCount(HANDLER));
        assertEquals("case.notification.commented", engine.notifications(HANDLER, true, 10).get(0).messageKey());
        assertTrue(audit.events().stream().anyMatch(e -> e.action().equals("case.comment")));

        heard.clear();
        engine.comment(HANDLER, id, "Đã xác minh");
        assertTrue(heard.isEmpty(), "the handler's own comment tells nobody");
        assertThrows(AccessDeniedException.class, () -> engine.comment(OBSERVER, id, "Ý kiến của xã khác"));
    }

    @Test
    void aCalendarChangeMovesTheDueDatesOfOpenCases() {
        IntakeReceipt receipt = intake(CaseKind.DENUNCIATION, null, "Tố cáo");
        long open = receipt.caseId();
        assertEquals(LocalDate.of(2026, 3, 19), engine.detail(CHAIR, open).nextDue().dueDate(), "7 working days");
        long finished = intake(CaseKind.DENUNCIATION, null, "Tố cáo khác").caseId();
        engine.classify(CHAIR, finished, version(finished), Classification.complete(CaseKind.DENUNCIATION));
        engine.returnAndGuide(CHAIR, finished, version(finished), "Công an", "Gửi công an");

        calendar.addHoliday(LocalDate.of(2026, 3, 16));
        new CalendarChangeListener(engine).calendarChanged(LocalDate.of(2026, 3, 16));
        assertEquals(LocalDate.of(2026, 3, 20), engine.detail(CHAIR, open).nextDue().dueDate());
        assertEquals(null, engine.detail(CHAIR, finished).nextDue());
        assertEquals(0, engine.recomputeDueDates(LocalDate.of(2026, 3, 16)), "nothing moves twice");
    }
}
