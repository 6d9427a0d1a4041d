package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.Extension;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.Outcome;
import org.danvan.cases.api.Resolution;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.rules.api.Variant;
import org.junit.jupiter.api.Test;

/** Every lifecycle path with its clocks, permissions, illegal transitions and optimistic locking. */
abstract class LifecycleContract extends CaseEngineFixture {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void firstComplaintRunsThroughEveryStepAndReopensAsSecond() {
        IntakeReceipt receipt = intake(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST,
                person("Nguyễn Văn Bảy", "001085012345", "0912345678"), "Khiếu nại quyết định thu hồi đất", MONDAY);
        long id = receipt.caseId();
        assertEquals("2026/000001", receipt.number());
        assertTrue(receipt.trackingCode().matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{5}"),
                receipt.trackingCode());

        CaseDetail received = engine.detail(RECEPTION, id);
        assertEquals(CaseStatus.RECEIVED, received.summary().status());
        assertEquals("complaint.accept", received.nextDue().ruleId());
        assertEquals(LocalDate.of(2026, 3, 12), received.nextDue().dueDate());
        assertEquals("Luật Khiếu nại số 02/2011/QH13, Điều 27", received.nextDue().citation());
        assertTrue(received.allowedActions().contains(CaseAction.CLASSIFY));
        assertFalse(received.allowedActions().contains(CaseAction.ACCEPT), "not yet classified");

        CaseDetail classified = engine.classify(RECEPTION, id, received.summary().version(),
                Classification.complete(CaseKind.COMPLAINT_FIRST));
        assertEquals(CaseStatus.CLASSIFIED, classified.summary().status());
        assertEquals(CaseAction.ACCEPT, classified.nextDue().step());
        assertFalse(classified.allowedActions().contains(CaseAction.ACCEPT), "reception may not accept");
        long v = classified.summary().version();
        assertThrows(AccessDeniedException.class, () -> engine.accept(RECEPTION, id, v, MONDAY.plusDays(2)));

        CaseDetail accepted = engine.accept(CHAIR, id, v, LocalDate.of(2026, 3, 4));
        assertEquals("complaint.first.resolve", accepted.nextDue().ruleId());
        assertEquals(LocalDate.of(2026, 4, 3), accepted.nextDue().dueDate());

        CaseDetail assigned = engine.assign(CHAIR, id, accepted.summary().version(), HANDLER.userId(),
                HANDLER.fullName());
        assertEquals(HANDLER.userId(), assigned.summary().handlerUserId());
        long v2 = assigned.summary().version();
        assertRefused("case.error.outcome.kind", () -> engine.resolve(HANDLER, id, v2,
                new Resolution(Outcome.ANSWERED, null, "QĐ 12/QĐ-UBND", TODAY, null)));
        CaseDetail resolved = engine.resolve(HANDLER, id, v2,
                new Resolution(Outcome.REJECTED, null, "QĐ 12/QĐ-UBND", TODAY, "Không có cơ sở"));
        assertEquals(CaseStatus.RESOLVED, resolved.summary().status());
        assertEquals(Boolean.FALSE, resolved.resolvedLate());
        assertNull(resolved.nextDue());

        CaseDetail closed = engine.close(CHAIR, id, resolved.summary().version(), null);
        assertTrue(closed.allowedActions().contains(CaseAction.REOPEN));

        IntakeReceipt second = engine.reopen(INSPECTOR, id, TestOrgUnits.PROVINCE, TODAY, "Khiếu nại lần hai");
        assertEquals("2026/000001", second.number(), "numbered in the province's own sequence");
        CaseDetail secondCase = engine.detail(INSPECTOR, second.caseId());
        assertEquals(CaseKind.COMPLAINT_SECOND, secondCase.summary().kind());
        assertEquals(id, secondCase.parentCaseId());
        assertEquals("complaint.second.accept", secondCase.nextDue().ruleId(), "Law 02/2011 art. 36, not art. 27");
        assertEquals("Nguyễn Văn Bảy", secondCase.petitioners().get(0).person().fullName());
        assertRefused("case.error.illegal-transition",
                () -> engine.reopen(INSPECTOR, id, TestOrgUnits.PROVINCE, TODAY, "lần nữa"));

        CaseDetail secondClassified = engine.classify(INSPECTOR, second.caseId(), secondCase.summary().version(),
                Classification.complete(CaseKind.COMPLAINT_SECOND));
        CaseDetail secondAccepted = engine.accept(INSPECTOR, second.caseId(), secondClassified.summary().version(),
                TODAY);
        assertEquals("complaint.second.resolve", secondAccepted.nextDue().ruleId());
        assertEquals(LocalDate.of(2026, 4, 24), secondAccepted.nextDue().dueDate());

        List<CaseAction> steps = engine.detail(CHAIR, id).timeline().stream().map(s -> s.action()).toList();
        assertEquals(List.of(CaseAction.INTAKE, CaseAction.CLASSIFY, CaseAction.ACCEPT, CaseAction.ASSIGN,
                CaseAction.RESOLVE, CaseAction.CLOSE, CaseAction.REOPEN), steps);
        assertEquals("chutich.tiendu", engine.detail(CHAIR, id).timeline().get(2).actorLogin());
    }

    /** Law 25/2018 art. 24: 7 working days, extendable to 10 only on one of two recorded grounds. */
    @Test
    void theClassificationOfADenunciationIsExtendedOnlyWithAGround() {
        long id = intake(CaseKind.DENUNCIATION, null, "Tố cáo cán bộ địa chính").caseId();
        assertEquals("denunciation.classify", engine.detail(CHAIR, id).nextDue().ruleId());
        LocalDate due = engine.detail(CHAIR, id).nextDue().dueDate();
        assertRefused("case.error.extension.ground-required", () -> engine.extend(CHAIR, id, version(id),
                new Extension(3, "QĐ 9/QĐ-UBND", TODAY, "Cần xác minh thêm")));
        CaseDetail extended = engine.extend(CHAIR, id, version(id), new Extension(3, "QĐ 9/QĐ-UBND", TODAY,
                "Cần xác minh tại hai thôn", org.danvan.cases.api.ExtensionGround.SEVERAL_PLACES));
        assertEquals(calendar.addWorkingDays(due, 3), extended.nextDue().dueDate(), "7 + 3 = 10 working days");
        CaseStep step = extended.timeline().get(extended.timeline().size() - 1);
        assertEquals("SEVERAL_PLACES", step.details().get("ground"));
        assertRefused("case.error.extension.limit", () -> engine.extend(CHAIR, id, version(id), new Extension(1,
                "QĐ 10", TODAY, "lần nữa", org.danvan.cases.api.ExtensionGround.OTHER_BODY_VERIFIES)));
    }

    @Test
    void illegalTransitionsAreRefusedAndUnprocessableLettersReturned() {
        long id = intake(CaseKind.COMPLAINT_FIRST, person("Lê Thị Hoa", null, null), "Đơn không ký").caseId();
        assertRefused("case.error.illegal-transition", () -> engine.accept(CHAIR, id, version(id), TODAY));
        Classification unsigned = new Classification(CaseKind.COMPLAINT_FIRST, true, true, true, false, false, false,
                Set.of(), "thiếu chữ ký");
        CaseDetail classified = engine.classify(RECEPTION, id, version(id), unsigned);
        assertEquals(Boolean.FALSE, classified.processable());
        assertRefused("case.error.illegal-transition", () -> engine.accept(CHAIR, id, version(id), TODAY));
        assertRefused("case.error.required", () -> engine.returnAndGuide(CHAIR, id, version(id), " ", "x"));
        CaseDetail returned = engine.returnAndGuide(CHAIR, id, version(id), "TAND huyện",
                "Hướng dẫn gửi đơn đến cơ quan có thẩm quyền");
        assertEquals(CaseStatus.RETURNED, returned.summary().status());
        assertRefused("case.error.illegal-transition",
                () -> engine.resolve(CHAIR, id, version(id), new Resolution(Outcome.REJECTED, null, "x", TODAY, null)));
        assertEquals(CaseStatus.CLOSED, engine.close(CHAIR, id, version(id), "lưu").summary().status());
    }

    @Test
    void denunciationClocksAndExtensionLimits() {
        long id = intake(TestOrgUnits.TIEN_DU, CaseKind.DENUNCIATION, null, "Tố cáo cán bộ địa chính nhận hối lộ",
                MONDAY).caseId();
        assertEquals(LocalDate.of(2026, 3, 11), engine.detail(CHAIR, id).nextDue().dueDate(), "7 working days");
        Classification anonymousWithoutEvidence = new Classification(CaseKind.DENUNCIATION, true, true, false, false,
                true, false, Set.of(), null);
        assertFalse(anonymousWithoutEvidence.processable());
        Classification anonymousEspeciallyComplex = new Classification(CaseKind.DENUNCIATION, true, true, false,
                false, true, true, Set.of(Variant.ESPECIALLY_COMPLEX), null);
        assertTrue(engine.classify(CHAIR, id, version(id), anonymousEspeciallyComplex).processable());

        CaseDetail accepted = engine.accept(CHAIR, id, version(id), LocalDate.of(2026, 3, 5));
        assertEquals(CaseAction.NOTIFY_ACCEPTANCE, accepted.nextDue().step());
        assertEquals("denunciation.accept.notify", accepted.nextDue().ruleId());
        assertEquals(LocalDate.of(2026, 3, 12), accepted.nextDue().dueDate());
        assertFalse(accepted.allowedActions().contains(CaseAction.RESOLVE), "notify first");

        CaseDetail notified = engine.notifyAcceptance(CHAIR, id, version(id), TODAY);
        assertEquals("denunciation.resolve", notified.nextDue().ruleId());
        assertEquals(LocalDate.of(2026, 4, 6), notified.nextDue().dueDate(), "30 days, Saturday moves to Monday");

        Extension tooLong = new Extension(31, "QĐ 5/QĐ-UBND", TODAY, "Vụ việc phức tạp");
        assertRefused("case.error.extension.days", () -> engine.extend(CHAIR, id, version(id), tooLong));
        Extension month = new Extension(30, "QĐ 5/QĐ-UBND", TODAY, "Vụ việc phức tạp");
        assertEquals(LocalDate.of(2026, 5, 6), engine.extend(CHAIR, id, version(id), month).nextDue().dueDate());
        CaseDetail twice = engine.extend(CHAIR, id, version(id), month);
        assertEquals(2, twice.nextDue().extensions());
        assertEquals(LocalDate.of(2026, 6, 5), twice.nextDue().dueDate());
        assertRefused("case.error.extension.limit", () -> engine.extend(CHAIR, id, version(id), month));
        assertEquals(2, engine.detail(CHAIR, id).timeline().stream()
                .filter(s -> s.action() == CaseAction.EXTEND).count(), "two extensions recorded");
    }

    @Test
    void aComplexDenunciationIsExtendedOnceOnly() {
        long id = intake(CaseKind.DENUNCIATION, null, "Tố cáo").caseId();
        engine.classify(CHAIR, id, version(id),
                Classification.complete(CaseKind.DENUNCIATION).withVariants(Variant.COMPLEX));
        engine.accept(CHAIR, id, version(id), TODAY);
        engine.notifyAcceptance(CHAIR, id, version(id), TODAY);
        Extension month = new Extension(30, "QĐ 7", TODAY, "Vụ việc phức tạp");
        engine.extend(CHAIR, id, version(id), month);
        assertRefused("case.error.extension.limit", () -> engine.extend(CHAIR, id, version(id), month));
    }

    @Test
    void simpleDenunciationAndComplaintCannotBeExtended() {
        long denunciation = intake(CaseKind.DENUNCIATION, null, "Tố cáo").caseId();
        engine.classify(CHAIR, denunciation, version(denunciation), Classification.complete(CaseKind.DENUNCIATION));
        engine.accept(CHAIR, denunciation, version(denunciation), TODAY);
        engine.notifyAcceptance(CHAIR, denunciation, version(denunciation), TODAY);
        Extension month = new Extension(30, "QĐ 5", TODAY, "lý do gia hạn");
        assertRefused("case.error.extension.complex-only",
                () -> engine.extend(CHAIR, denunciation, version(denunciation), month));

        long complaint = intake(CaseKind.COMPLAINT_FIRST, person("Hà Văn Tám", null, null), "Khiếu nại").caseId();
        assertRefused("case.error.extension.limit",
                () -> engine.extend(CHAIR, complaint, version(complaint), new Extension(5, "QĐ 6", TODAY, "lý do")));
    }

    @Test
    void petitionsAndInformationRequestsResolveWithTheirOutcomes() {
        long petition = intake(CaseKind.RECOMMENDATION, person("Bùi Thị Lan", null, null), "Kiến nghị sửa đường")
                .caseId();
        assertEquals("petition.process", engine.detail(CHAIR, petition).nextDue().ruleId());
        engine.classify(RECEPTION, petition, version(petition), Classification.complete(CaseKind.RECOMMENDATION));
        CaseDetail answered = engine.resolve(HANDLER, petition, version(petition),
                new Resolution(Outcome.ANSWERED, null, "CV 45/UBND", TODAY, null));
        assertEquals(Outcome.ANSWERED, answered.outcome());

        long info = intake(CaseKind.INFO_REQUEST_ELECTRONIC, person("Mai Văn Sơn", null, null), "Xin quy hoạch")
                .caseId();
        assertEquals(LocalDate.of(2026, 3, 13), engine.detail(CHAIR, info).nextDue().dueDate(), "3 working days");
        engine.classify(RECEPTION, info, version(info), Classification.complete(CaseKind.INFO_REQUEST_ELECTRONIC));
        assertRefused("case.error.legal-ground.required", () -> engine.resolve(CHAIR, info, version(info),
                new Resolution(Outcome.INFORMATION_REFUSED, " ", "CV 46/UBND", TODAY, null)));
        assertEquals(Outcome.INFORMATION_REFUSED, engine.resolve(CHAIR, info, version(info),
                new Resolution(Outcome.INFORMATION_REFUSED, "Luật Tiếp cận thông tin, Điều 6", "CV 46/UBND", TODAY,
                        null)).outcome());
    }

    @Test
    void noChangeCommitsWithoutItsAuditEntry() {
        long id = intake(CaseKind.REFLECTION, person("Trần Văn Bình", null, null), "Phản ánh đèn đường hỏng").caseId();
        long v = version(id);
        long stored = storedCases();
        int entries = audit.events().size();

        audit.fail(true);
        assertThrows(IllegalStateException.class, () -> engine.assign(CHAIR, id, v, HANDLER.userId(),
                HANDLER.fullName()));
        assertThrows(IllegalStateException.class,
                () -> intake(CaseKind.REFLECTION, person("Trần Văn Bình", null, null), "Phản ánh lần hai"));
        audit.fail(false);

        assertEquals(stored, storedCases(), "the intake whose entry failed left no case behind");
        assertEquals(v, version(id), "the assignment whose entry failed was rolled back");
        assertNull(engine.detail(CHAIR, id).summary().handlerUserId());
        assertEquals(entries, audit.events().size());
        // the same action goes through once the trail is back, with its entry
        engine.assign(CHAIR, id, v, HANDLER.userId(), HANDLER.fullName());
        assertEquals("case.assign", audit.events().get(audit.events().size() - 1).action());
    }

    private long storedCases() {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM cas_case")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStaleVersionIsAClearConflict() {
        long id = intake(CaseKind.REFLECTION, person("Đinh Văn Phúc", null, null), "Phản ánh tiếng ồn").caseId();
        long v = version(id);
        engine.assign(CHAIR, id, v, HANDLER.userId(), HANDLER.fullName());
        CaseConflictException conflict = assertThrows(CaseConflictException.class,
                () -> engine.assign(CHAIR, id, v, 99, "Người khác"));
        assertEquals(CaseConflictException.CHANGED, conflict.messageKey());
        assertEquals(HANDLER.userId(), engine.detail(CHAIR, id).summary().handlerUserId(), "nothing overwritten");
    }

    @Test
    void twoConcurrentEditsOneWinsTheOtherConflicts() throws Exception {
        long id = intake(CaseKind.REFLECTION, person("Đinh Văn Phúc", null, null), "Phản ánh tiếng ồn").caseId();
        long v = version(id);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (long handler : new long[] {101, 102}) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        engine.assign(CHAIR, id, v, handler, "Cán bộ " + handler);
                        return "ok";
                    } catch (CaseConflictException e) {
                        return e.messageKey();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
            assertEquals(1, outcomes.stream().filter(CaseConflictException.CHANGED::equals).count(),
                    outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
