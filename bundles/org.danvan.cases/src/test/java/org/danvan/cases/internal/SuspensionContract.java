package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.ComplaintDialogue;
import org.danvan.cases.api.DashboardCount;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.PublicStatus;
import org.danvan.cases.api.ResolutionDecision;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rules.api.Variant;
import org.junit.jupiter.api.Test;

/**
 * Suspension, continuation and termination of a complaint's resolution and partial withdrawal (Law 02/2011 art. 11a
 * and art. 10 as amended by Law 136/2025/QH15 from 1 July 2026): the suspended days never count, across weekends
 * and the Tết break; the suspension decision has its own 3-working-day clock; worklists and the dashboard see a
 * suspended case as open without a running resolution clock. Expected days are counted by hand in the comments.
 */
abstract class SuspensionContract extends CaseEngineFixture {

    private String trackingCode;

    /** Moves "today" forward to a day (the fixture's clock starts on 10 March 2026). */
    private void today(LocalDate day) {
        long days = ChronoUnit.DAYS.between(engineToday(), day);
        if (days > 0) {
            clock.advance(Duration.ofDays(days));
        }
    }

    private LocalDate engineToday() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    /** A first-time complaint received and accepted on the given days, returned as accepted. */
    private long accepted(LocalDate receivedOn, LocalDate acceptedOn) {
        today(acceptedOn);
        IntakeReceipt receipt = intake(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST,
                person("Nguyễn Văn Bảy", "001085012345", "0912345678"), "Khiếu nại quyết định thu hồi đất",
                receivedOn);
        long id = receipt.caseId();
        trackingCode = receipt.trackingCode();
        engine.classify(CHAIR, id, version(id), Classification.complete(CaseKind.COMPLAINT_FIRST));
        CaseDetail detail = engine.accept(CHAIR, id, version(id), acceptedOn);
        assertEquals("complaint.first.resolve", detail.nextDue().ruleId());
        return id;
    }

    private static ResolutionDecision decision(LocalDate day, String reference, String ground) {
        return new ResolutionDecision(day, reference, ground);
    }

    /** Calendar days (art. 28: 30 days), suspended over a weekend, twice; the continued clock ends on a Saturday. */
    @Test
    void suspendedDaysNeverCountAcrossWeekends() {
        LocalDate accepted = LocalDate.of(2026, 7, 1); // Wednesday
        long id = accepted(LocalDate.of(2026, 6, 29), accepted);
        assertEquals(LocalDate.of(2026, 7, 31), engine.detail(CHAIR, id).nextDue().dueDate(), "1 July + 30");

        // suspended Thursday 9 July: 8 days used (2 – 9 July), 22 remain
        today(LocalDate.of(2026, 7, 9));
        CaseDetail suspended = engine.suspend(HANDLER, id, version(id), decision(LocalDate.of(2026, 7, 9),
                "QĐ 5/QĐ-UBND", "Chờ kết quả giám định của cơ quan khác"));
        assertEquals(CaseStatus.SUSPENDED, suspended.summary().status());
        PublicStatus citizen = engine.publicStatus(trackingCode).orElseThrow();
        assertEquals(CaseStatus.SUSPENDED, citizen.currentStep());
        assertNull(citizen.nextDueDate(), "the office's notice clock is not the citizen's due date");
        assertEquals("complaint.suspension.notify", suspended.nextDue().ruleId());
        assertEquals(CaseAction.NOTIFY_SUSPENSION, suspended.nextDue().step());
        // decision sent within 3 working days: Fri 10, Mon 13, Tue 14
        assertEquals(LocalDate.of(2026, 7, 14), suspended.nextDue().dueDate());
        assertTrue(suspended.allowedActions().containsAll(List.of(CaseAction.CONTINUE, CaseAction.TERMINATE,
                CaseAction.NOTIFY_SUSPENSION, CaseAction.WITHDRAW_PART)));
        assertFalse(suspended.allowedActions().contains(CaseAction.RESOLVE), "no resolution while suspended");
        assertFalse(suspended.allowedActions().contains(CaseAction.EXTEND));
        assertFalse(suspended.allowedActions().contains(CaseAction.SUSPEND), "already suspended");
        CaseStep step = last(suspended);
        assertEquals(CaseAction.SUSPEND, step.action());
        assertEquals(CaseStatus.ACCEPTED, step.fromStatus());
        assertEquals("Chờ kết quả giám định của cơ quan khác", step.details().get("ground"));
        assertEquals("8", step.details().get("usedDays"));
        assertEquals("2026-07-31", step.details().get("dueBefore"));

        today(LocalDate.of(2026, 7, 13));
        CaseDetail sent = engine.notifySuspension(HANDLER, id, version(id), LocalDate.of(2026, 7, 13));
        assertNull(sent.nextDue(), "no clock runs while suspended once the decision is sent");
        assertEquals(DueState.NONE, sent.summary().dueState());
        assertEquals("false", last(sent).details().get("late"));

        // continued Friday 17 July: 22 days from Saturday 18 → Saturday 8 August → Monday 10 August
        today(LocalDate.of(2026, 7, 17));
        CaseDetail continued = engine.continueResolution(HANDLER, id, version(id),
                decision(LocalDate.of(2026, 7, 17), "QĐ 7/QĐ-UBND", "Đã có kết quả giám định"));
        assertEquals(CaseStatus.ACCEPTED, continued.summary().status());
        assertEquals("complaint.first.resolve", continued.nextDue().ruleId());
        assertEquals(CaseAction.RESOLVE, continued.nextDue().step());
        assertEquals(LocalDate.of(2026, 8, 10), continued.nextDue().dueDate());
        assertEquals("true", last(continued).details().get("suspensionNoticeSent"));

        // suspended again Monday 27 July: 8 + 10 (18 – 27 July) = 18 used, 12 remain;
        // continued Monday 3 August: 12 days → Saturday 15 August → Monday 17 August
        today(LocalDate.of(2026, 7, 27));
        engine.suspend(HANDLER, id, version(id), decision(LocalDate.of(2026, 7, 27), "QĐ 9/QĐ-UBND",
                "Người khiếu nại ốm nặng"));
        assertEquals("18", last(engine.detail(CHAIR, id)).details().get("usedDays"));
        today(LocalDate.of(2026, 8, 3));
        CaseDetail again = engine.continueResolution(HANDLER, id, version(id),
                decision(LocalDate.of(2026, 8, 3), "QĐ 11/QĐ-UBND", "Người khiếu nại đã khỏi bệnh"));
        assertEquals(LocalDate.of(2026, 8, 17), again.nextDue().dueDate());
        assertEquals("false", last(again).details().get("suspensionNoticeSent"), "the second notice never sent");

        // a calendar change recomputes the continued clock from its continuation day, not from the acceptance
        calendar.addHoliday(LocalDate.of(2026, 8, 17));
        assertEquals(1, engine.recomputeDueDates(LocalDate.of(2026, 8, 17)));
        assertEquals(LocalDate.of(2026, 8, 18), engine.detail(CHAIR, id).nextDue().dueDate());
        assertEquals(0, engine.recomputeDueDates(LocalDate.of(2026, 8, 17)), "nothing moves twice");

        // the preview of a calendar not saved yet (a day off on Tuesday 18 August): the case would move by one day
        // (to Wednesday 19), counted on the proposed calendar from the continuation day; nothing is stored
        org.danvan.cases.internal.testing.TestCalendar proposed = new org.danvan.cases.internal.testing.TestCalendar();
        proposed.addHoliday(LocalDate.of(2026, 8, 17));
        proposed.addHoliday(LocalDate.of(2026, 8, 18));
        org.danvan.calendar.api.DeadlineImpact impact = engine.impact(proposed,
                org.danvan.calendar.api.DeadlineCalculator.civilCode(proposed), LocalDate.of(2026, 8, 18));
        assertEquals(new org.danvan.calendar.api.DeadlineImpact(1, 1, 1, 1), impact);
        assertEquals(LocalDate.of(2026, 8, 18), engine.detail(CHAIR, id).nextDue().dueDate(), "a preview stores nothing");
        org.danvan.calendar.api.DeadlineImpact none = engine.impact(calendar,
                org.danvan.calendar.api.DeadlineCalculator.civilCode(calendar), LocalDate.of(2026, 8, 18));
        assertEquals(new org.danvan.calendar.api.DeadlineImpact(1, 0, 0, 0), none, "the live calendar moves nothing");
        assertEquals(List.of("case.suspend", "case.notify-suspension", "case.continue"),
                actions().stream().filter(a -> a.startsWith("case.suspend") || a.startsWith("case.notify-s")
                        || a.startsWith("case.continue")).limit(3).toList());
        assertEquals("Chờ kết quả giám định của cơ quan khác", audit.events().stream()
                .filter(e -> e.action().equals("case.suspend")).findFirst().orElseThrow().details().get("ground"),
                "the ground is in the audit trail");
    }

    /** The Tết break (here an announced break 4 – 12 February 2027) moves the end of a continued clock. */
    @Test
    void suspensionAcrossTet() {
        for (LocalDate day = LocalDate.of(2027, 2, 4); !day.isAfter(LocalDate.of(2027, 2, 12));
                day = day.plusDays(1)) {
            calendar.addHoliday(day);
        }
        LocalDate accepted = LocalDate.of(2026, 12, 28); // Monday
        long id = accepted(LocalDate.of(2026, 12, 21), accepted);
        assertEquals(LocalDate.of(2027, 1, 27), engine.detail(CHAIR, id).nextDue().dueDate(), "28 December + 30");
        // suspended Friday 8 January 2027: 11 days used, 19 remain
        today(LocalDate.of(2027, 1, 8));
        engine.suspend(HANDLER, id, version(id), decision(LocalDate.of(2027, 1, 8), "QĐ 1/QĐ-UBND",
                "Chờ ý kiến của cơ quan có thẩm quyền"));
        // continued Wednesday 20 January: 19 days → Monday 8 February, in the Tết break → Monday 15 February
        today(LocalDate.of(2027, 1, 20));
        CaseDetail continued = engine.continueResolution(HANDLER, id, version(id),
                decision(LocalDate.of(2027, 1, 20), "QĐ 2/QĐ-UBND", "Đã có ý kiến"));
        assertEquals(LocalDate.of(2027, 2, 15), continued.nextDue().dueDate());
        assertEquals("11", last(continued).details().get("usedDays"));
    }

    /** The notice clock is overdue when the decision is not sent in time, and the worklist shows it. */
    @Test
    void suspendedCasesOnWorklistsAndDashboard() {
        long id = accepted(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));
        today(LocalDate.of(2026, 7, 3));
        engine.suspend(CHAIR, id, version(id), decision(LocalDate.of(2026, 7, 3), "QĐ 3/QĐ-UBND", "Căn cứ tạm đình chỉ"));
        today(LocalDate.of(2026, 7, 20)); // notice due Wednesday 8 July, not sent
        assertTrue(ids(Worklist.OVERDUE).contains(id), "the unsent decision is overdue");
        engine.notifySuspension(CHAIR, id, version(id), LocalDate.of(2026, 7, 20));
        assertEquals("true", last(engine.detail(CHAIR, id)).details().get("late"));
        assertFalse(ids(Worklist.OVERDUE).contains(id), "the resolution clock is stopped");
        assertFalse(ids(Worklist.NEAR_DUE).contains(id));
        assertTrue(ids(Worklist.UNIT_QUEUE).contains(id), "still open");
        List<DashboardCount> dashboard = engine.dashboard(CHAIR, TestOrgUnits.TIEN_DU);
        DashboardCount cell = dashboard.stream().filter(c -> c.status() == CaseStatus.SUSPENDED).findFirst()
                .orElseThrow();
        assertEquals(1, cell.count());
        assertEquals(DueState.NONE, cell.dueState());
        assertTrue(CaseStatus.SUSPENDED.isOpen());
        assertEquals(1, engine.periodCounts(CHAIR, TestOrgUnits.TIEN_DU, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31)).pending(), "a suspended case is pending in the report");
    }

    @Test
    void terminationClosesWithItsGround() {
        long id = accepted(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2));
        today(LocalDate.of(2026, 7, 6));
        long v = version(id);
        assertRefused("case.error.required", () -> engine.terminate(HANDLER, id, v,
                decision(LocalDate.of(2026, 7, 6), "QĐ 4/QĐ-UBND", " ")));
        assertRefused("case.error.date.future", () -> engine.terminate(HANDLER, id, v,
                decision(LocalDate.of(2026, 7, 7), "QĐ 4/QĐ-UBND", "Người khiếu nại rút toàn bộ khiếu nại")));
        CaseDetail closed = engine.terminate(HANDLER, id, v,
                decision(LocalDate.of(2026, 7, 6), "QĐ 4/QĐ-UBND", "Người khiếu nại rút toàn bộ khiếu nại"));
        assertEquals(CaseStatus.CLOSED, closed.summary().status());
        assertNull(closed.nextDue());
        assertEquals(DueState.NONE, closed.summary().dueState());
        assertEquals("Người khiếu nại rút toàn bộ khiếu nại", last(closed).details().get("ground"));
        assertEquals(CaseAction.TERMINATE, last(closed).action());
        assertEquals(0, engine.periodCounts(CHAIR, TestOrgUnits.TIEN_DU, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31)).pending());
        assertRefused("case.error.illegal-transition", () -> engine.suspend(HANDLER, id, version(id),
                decision(LocalDate.of(2026, 7, 6), "QĐ 5", "Căn cứ")));
    }

    @Test
    void partialWithdrawalRecordsThePartsAndTheRestRunsOn() {
        long id = accepted(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));
        today(LocalDate.of(2026, 7, 10));
        LocalDate due = engine.detail(CHAIR, id).nextDue().dueDate();
        long v = version(id);
        assertRefused("case.error.required", () -> engine.withdrawPart(HANDLER, id, v, LocalDate.of(2026, 7, 10),
                ""));
        assertRefused("case.error.date.before-previous-step", () -> engine.withdrawPart(HANDLER, id, v,
                LocalDate.of(2026, 6, 30), "Nội dung về bồi thường"));
        CaseDetail withdrawn = engine.withdrawPart(HANDLER, id, v, LocalDate.of(2026, 7, 10),
                "Nội dung về bồi thường cây trồng");
        assertEquals(CaseStatus.ACCEPTED, withdrawn.summary().status(), "the rest continues");
        assertEquals(due, withdrawn.nextDue().dueDate(), "on the same clock");
        assertEquals(Map.of("withdrawnOn", "2026-07-10", "parts", "Nội dung về bồi thường cây trồng"),
                last(withdrawn).details());
        assertThrows(CaseConflictException.class, () -> engine.withdrawPart(HANDLER, id, v,
                LocalDate.of(2026, 7, 10), "lần nữa với phiên bản cũ"));
        assertThrows(AccessDeniedException.class, () -> engine.withdrawPart(RECEPTION, id, version(id),
                LocalDate.of(2026, 7, 10), "không có quyền"));
        assertTrue(actions().contains("case.withdraw-part"));
    }

    /**
     * A complaint dialogue (Law 02/2011 art. 30) with its notice clock from 1 July 2026 (Decree 155/2026 [verify]:
     * at least 5 days before, counted back): dialogue on Friday 17 July 2026, 5 days before is Sunday 12 July, so the
     * latest notice day is Friday 10 July. Recorded either way; the late one is marked. No clock changes.
     */
    @Test
    void aDialogueIsRecordedWithItsNoticeClock() {
        long id = accepted(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));
        today(LocalDate.of(2026, 7, 20));
        LocalDate due = engine.detail(CHAIR, id).nextDue().dueDate();
        assertTrue(engine.detail(CHAIR, id).allowedActions().contains(CaseAction.DIALOGUE));
        long v = version(id);
        LocalDate friday = LocalDate.of(2026, 7, 17);
        assertRefused("case.error.dialogue.notice-after", () -> engine.recordDialogue(HANDLER, id, v,
                new ComplaintDialogue(friday, friday.plusDays(1), "Ông Bảy; chủ tịch UBND xã", "Nội dung")));
        assertRefused("case.error.required", () -> engine.recordDialogue(HANDLER, id, v,
                new ComplaintDialogue(friday, LocalDate.of(2026, 7, 10), " ", "Nội dung")));
        assertRefused("case.error.date.future", () -> engine.recordDialogue(HANDLER, id, v,
                new ComplaintDialogue(LocalDate.of(2026, 7, 21), LocalDate.of(2026, 7, 10), "Ông Bảy", "Nội dung")));
        assertRefused("case.error.date.before-previous-step", () -> engine.recordDialogue(HANDLER, id, v,
                new ComplaintDialogue(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 20), "Ông Bảy", "Nội dung")));

        CaseDetail late = engine.recordDialogue(HANDLER, id, v, new ComplaintDialogue(friday,
                LocalDate.of(2026, 7, 13), "Ông Nguyễn Văn Bảy (người khiếu nại); ông Nguyễn Văn An (chủ tịch UBND xã)",
                "Hai bên thống nhất đo đạc lại ranh giới thửa đất"));
        CaseStep step = last(late);
        assertEquals(CaseAction.DIALOGUE, step.action());
        assertEquals(CaseStatus.ACCEPTED, step.toStatus(), "a dialogue changes no state");
        assertEquals("2026-07-10", step.details().get("noticeLatestOn"));
        assertEquals("true", step.details().get("noticeLate"));
        assertEquals("Hai bên thống nhất đo đạc lại ranh giới thửa đất", step.details().get("dialogueRecord"));
        assertEquals(due, late.nextDue().dueDate(), "the resolution clock runs on unchanged");

        CaseDetail inTime = engine.recordDialogue(HANDLER, id, version(id), new ComplaintDialogue(friday,
                LocalDate.of(2026, 7, 10), "Ông Bảy; bà Lan (người bị khiếu nại)", "Đối thoại lần hai"));
        assertEquals("false", last(inTime).details().get("noticeLate"));
        assertThrows(AccessDeniedException.class, () -> engine.recordDialogue(RECEPTION, id, version(id),
                new ComplaintDialogue(friday, LocalDate.of(2026, 7, 10), "Ông Bảy", "không có quyền")));
        assertTrue(actions().contains("case.dialogue"));
    }

    /** Before 1 July 2026 no notice rule is in force: the dialogue is recorded without a notice clock. */
    @Test
    void aDialogueBeforeJuly2026HasNoNoticeClock() {
        long id = accepted(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 6));
        today(LocalDate.of(2026, 5, 29));
        CaseDetail detail = engine.recordDialogue(HANDLER, id, version(id), new ComplaintDialogue(
                LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 27), "Ông Bảy", "Đối thoại theo Điều 30"));
        assertFalse(last(detail).details().containsKey("noticeLatestOn"));
        assertFalse(last(detail).details().containsKey("noticeLate"));
    }

    /** Decree 155/2026 [verify]: from 1 July 2026 a complaint classified as complex carries the grounds. */
    @Test
    void aComplexComplaintNeedsItsGroundsFromJuly2026() {
        today(LocalDate.of(2026, 6, 10));
        long june = intake(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST, person("Trần Văn Tám", "001085099999",
                "0912000111"), "Khiếu nại về bồi thường", LocalDate.of(2026, 6, 10)).caseId();
        engine.classify(CHAIR, june, version(june), Classification.complete(CaseKind.COMPLAINT_FIRST)
                .withVariants(Variant.COMPLEX));

        today(LocalDate.of(2026, 7, 2));
        long july = intake(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST, person("Trần Văn Chín", "001085088888",
                "0912000222"), "Khiếu nại về bồi thường", LocalDate.of(2026, 7, 2)).caseId();
        long v = version(july);
        ValidationException refused = assertThrows(ValidationException.class, () -> engine.classify(CHAIR, july, v,
                Classification.complete(CaseKind.COMPLAINT_FIRST).withVariants(Variant.ESPECIALLY_COMPLEX)));
        assertEquals("note", refused.violations().get(0).field());
        assertEquals("case.error.complex-grounds", refused.violations().get(0).messageKey());
        // an ordinary complaint and a complex recommendation need none
        engine.classify(CHAIR, july, v, Classification.complete(CaseKind.COMPLAINT_FIRST));
        Classification grounded = new Classification(CaseKind.COMPLAINT_FIRST, true, true, true, true, true, true,
                java.util.Set.of(Variant.COMPLEX), "Nhiều hộ liên quan, phải xác minh tại hai xã");
        CaseDetail complex = engine.classify(CHAIR, july, version(july), grounded);
        assertEquals("Nhiều hộ liên quan, phải xác minh tại hai xã", last(complex).details().get("note"));
    }

    /** The chair continues a suspended case: it is back with its handler, who is told ("returned to me"). */
    @Test
    void aContinuedCaseIsReturnedToItsHandlerWhoIsTold() {
        long id = accepted(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 8));
        today(LocalDate.of(2026, 7, 14));
        engine.assign(CHAIR, id, version(id), HANDLER.userId(), HANDLER.fullName());
        engine.suspend(HANDLER, id, version(id), decision(LocalDate.of(2026, 7, 9), "QĐ 5/QĐ-UBND", "Chờ giám định"));
        long before = engine.unreadCount(HANDLER);
        engine.continueResolution(HANDLER, id, version(id), decision(LocalDate.of(2026, 7, 10), "QĐ 6", "Có kết quả"));
        assertEquals(before, engine.unreadCount(HANDLER), "who continues it himself is not told");
        engine.suspend(HANDLER, id, version(id), decision(LocalDate.of(2026, 7, 13), "QĐ 7/QĐ-UBND", "Chờ giám định"));
        java.util.List<String> heard = new java.util.ArrayList<>();
        engine.addNotificationListener((source, users, units) -> heard.add(source + " " + users + " " + units));
        engine.continueResolution(CHAIR, id, version(id), decision(LocalDate.of(2026, 7, 14), "QĐ 8", "Có kết quả"));
        assertEquals(java.util.List.of("cases [" + HANDLER.userId() + "] []"), heard);
        org.danvan.platform.api.notification.UserNotification returned = engine.notifications(HANDLER, true, 5)
                .get(0);
        assertEquals("case.notification.returned", returned.messageKey());
        assertEquals(engine.detail(CHAIR, id).summary().number(), returned.subject());
    }

    @Test
    void onlyComplaintsAreSuspendedAndOnlyUnderTheNewLaw() {
        long early = accepted(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));
        assertRefused("case.error.suspension.not-in-force", () -> engine.suspend(HANDLER, early, version(early),
                decision(LocalDate.of(2026, 3, 9), "QĐ 1", "Căn cứ")));
        assertThrows(AccessDeniedException.class, () -> engine.suspend(RECEPTION, early, version(early),
                decision(LocalDate.of(2026, 3, 9), "QĐ 1", "Căn cứ")));
        // a case accepted before 1 July 2026 may be suspended under the law in force on the decision day
        today(LocalDate.of(2026, 7, 1));
        CaseDetail suspended = engine.suspend(HANDLER, early, version(early),
                decision(LocalDate.of(2026, 7, 1), "QĐ 2", "Căn cứ"));
        assertEquals(CaseStatus.SUSPENDED, suspended.summary().status());
        assertEquals("119", last(suspended).details().get("usedDays"), "4 March – 1 July, already overdue");
        CaseDetail continued = engine.continueResolution(HANDLER, early, version(early),
                decision(LocalDate.of(2026, 7, 1), "QĐ 3", "Hết căn cứ"));
        assertEquals(LocalDate.of(2026, 4, 3), continued.nextDue().dueDate(), "an overdue clock stays overdue");

        long denunciation = intake(TestOrgUnits.TIEN_DU, CaseKind.DENUNCIATION, null, "Tố cáo", LocalDate.of(2026,
                7, 1)).caseId();
        engine.classify(CHAIR, denunciation, version(denunciation), Classification.complete(CaseKind.DENUNCIATION));
        CaseDetail acceptedDenunciation = engine.accept(CHAIR, denunciation, version(denunciation),
                LocalDate.of(2026, 7, 1));
        assertFalse(acceptedDenunciation.allowedActions().contains(CaseAction.SUSPEND));
        assertRefused("case.error.illegal-transition", () -> engine.withdrawPart(CHAIR, denunciation,
                version(denunciation), LocalDate.of(2026, 7, 1), "một phần"));
    }

    private List<String> actions() {
        return audit.events().stream().map(e -> e.action()).toList();
    }

    private List<Long> ids(Worklist worklist) {
        return engine.find(CHAIR, CaseQuery.of(worklist)).items().stream().map(CaseSummary::id).toList();
    }

    private static CaseStep last(CaseDetail detail) {
        return detail.timeline().get(detail.timeline().size() - 1);
    }
}
