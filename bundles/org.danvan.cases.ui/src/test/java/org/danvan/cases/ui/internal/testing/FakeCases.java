package org.danvan.cases.ui.internal.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.cases.api.AttachmentInfo;
import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.DashboardCount;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.DuplicateAnswer;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.api.Extension;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.NextDue;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.PetitionerView;
import org.danvan.cases.api.PublicStatus;
import org.danvan.cases.api.Resolution;
import org.danvan.cases.api.ResolutionDecision;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

/**
 * A stand-in for the case engine that serves one case and records what the screens send. The engine's own
 * behaviour is tested in its bundle against H2 and MariaDB; here only the screens' side of the contract is checked.
 */
public final class FakeCases implements CaseService {

    /** What the screens sent, one line per call, e.g. {@code resolve 5 v3 PARTLY_UPHELD}. */
    public final List<String> calls = new ArrayList<>();
    public CaseKind kind = CaseKind.COMPLAINT_FIRST;
    public long version = 3;
    public Set<CaseAction> allowed = EnumSet.allOf(CaseAction.class);
    /** Thrown by the next action, then cleared. */
    public RuntimeException refuseNext;
    public IntakeRequest lastIntake;
    /** Every query the screens sent to {@link #find}. */
    public final List<CaseQuery> queries = new ArrayList<>();
    /** When set, answers {@link #find} instead of the one case. */
    public java.util.function.Function<CaseQuery, Page<CaseSummary>> pages;

    public CaseSummary summary() {
        return new CaseSummary(5, "2026/000005", 12, kind, CaseStatus.ACCEPTED, LocalDate.of(2026, 3, 2),
                "complaint.first.resolve", LocalDate.of(2026, 4, 15), DueState.NEAR_DUE, 7L, "UBND xã",
                "Đề nghị xem xét", version);
    }

    @Override
    public CaseDetail detail(UserPrincipal user, long caseId) {
        calls.add("detail " + caseId);
        if (caseId != 5) {
            throw new CaseConflictException(CaseConflictException.GONE, null);
        }
        boolean masked = kind.protectsIdentity();
        PersonData person = masked ? new PersonData("Người tố cáo 1", null, null, null, null, null)
                : new PersonData("Nguyễn Văn An", "Thôn Đông", "001204012345", null, null, null);
        return new CaseDetail(summary(), Channel.RECEPTION_OFFICE, null, false, 1, "Nội dung đơn", null, null, true,
                Set.of("COMPLEX"), null,
                new NextDue(CaseAction.RESOLVE, "complaint.first.resolve", "Luật Khiếu nại 02/2011/QH13, Điều 28",
                        LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 15), 0),
                null, null, null, List.of(new PetitionerView(0, masked, person)),
                List.of(new CaseStep(CaseAction.INTAKE, Instant.parse("2026-03-02T02:00:00Z"), "lan", "Nguyễn Thị Lan",
                        null, CaseStatus.RECEIVED, Map.of("channel", "RECEPTION_OFFICE")),
                        new CaseStep(CaseAction.ASSIGN, Instant.parse("2026-03-03T02:00:00Z"), "lan", "Nguyễn Thị Lan",
                                CaseStatus.ACCEPTED, CaseStatus.ACCEPTED, Map.of("handlerUserId", "7", "handlerName",
                                        "Nguyễn Thị Lan"))),
                allowed, List.of(new AttachmentInfo(41, "don.pdf", "application/pdf", 2048, "ab", Instant.now(), "lan")),
                List.of(new DuplicateCandidate(9, "2026/000009", 12, "CONTENT", 72, "OPEN")));
    }

    private CaseDetail acted(String call) {
        calls.add(call);
        if (refuseNext != null) {
            RuntimeException refusal = refuseNext;
            refuseNext = null;
            throw refusal;
        }
        version++;
        return detail(null, 5);
    }

    /** What {@link #possibleDuplicates} answers next (then nothing). */
    public List<DuplicateCandidate> possibleNext = List.of();

    @Override
    public List<DuplicateCandidate> possibleDuplicates(UserPrincipal user, IntakeRequest request) {
        calls.add("possibleDuplicates " + request.kind());
        List<DuplicateCandidate> answer = possibleNext;
        possibleNext = List.of();
        return answer;
    }

    @Override
    public CaseDetail comment(UserPrincipal user, long caseId, String text) {
        calls.add("comment " + caseId + " " + text);
        return detail(user, caseId);
    }

    @Override
    public IntakeReceipt intake(UserPrincipal user, IntakeRequest request, DuplicateAnswer answer,
            List<org.danvan.cases.api.IntakeAttachment> attachments) {
        if (!attachments.isEmpty()) {
            calls.add("attachments " + attachments.stream().map(org.danvan.cases.api.IntakeAttachment::fileName)
                    .toList());
        }
        return intake(user, request, answer);
    }

    @Override
    public IntakeReceipt intake(UserPrincipal user, IntakeRequest request, DuplicateAnswer answer) {
        calls.add("answer shown=" + new java.util.TreeSet<>(answer.shown()) + " same="
                + new java.util.TreeSet<>(answer.sameMatter()));
        return intake(user, request);
    }

    @Override
    public IntakeReceipt intake(UserPrincipal user, IntakeRequest request) {
        calls.add("intake " + request.kind());
        lastIntake = request;
        if (refuseNext != null) {
            RuntimeException refusal = refuseNext;
            refuseNext = null;
            throw refusal;
        }
        return new IntakeReceipt(6, "2026/000006", "ABCD-EFGH",
                List.of(new DuplicateCandidate(5, "2026/000005", 12, "PERSON", 100, "OPEN")));
    }

    @Override
    public CaseDetail classify(UserPrincipal u, long id, long v, Classification c) {
        return acted("classify " + id + " v" + v + " " + c.kind() + " processable=" + c.processable());
    }

    @Override
    public CaseDetail accept(UserPrincipal u, long id, long v, LocalDate day) {
        return acted("accept " + id + " v" + v + " " + day);
    }

    @Override
    public CaseDetail notifyAcceptance(UserPrincipal u, long id, long v, LocalDate day) {
        return acted("notify " + id + " v" + v + " " + day);
    }

    @Override
    public CaseDetail returnAndGuide(UserPrincipal u, long id, long v, String body, String guidance) {
        return acted("return " + id + " v" + v + " " + body + " / " + guidance);
    }

    @Override
    public CaseDetail transfer(UserPrincipal u, long id, long v, String body, Long unitId, String note) {
        return acted("transfer " + id + " v" + v + " " + body + " unit=" + unitId);
    }

    @Override
    public CaseDetail assign(UserPrincipal u, long id, long v, long handler, String name) {
        return acted("assign " + id + " v" + v + " " + handler + " " + name);
    }

    @Override
    public CaseDetail extend(UserPrincipal u, long id, long v, Extension e) {
        return acted("extend " + id + " v" + v + " " + e.days() + " " + e.decisionReference());
    }

    @Override
    public CaseDetail resolve(UserPrincipal u, long id, long v, Resolution r) {
        return acted("resolve " + id + " v" + v + " " + r.outcome() + " " + r.decisionReference() + " " + r.resolvedOn());
    }

    @Override
    public CaseDetail suspend(UserPrincipal u, long id, long v, ResolutionDecision d) {
        return acted("suspend " + id + " v" + v + " " + d.decidedOn() + " " + d.decisionReference() + " " + d.ground());
    }

    @Override
    public CaseDetail notifySuspension(UserPrincipal u, long id, long v, LocalDate sentOn) {
        return acted("notifySuspension " + id + " v" + v + " " + sentOn);
    }

    @Override
    public CaseDetail continueResolution(UserPrincipal u, long id, long v, ResolutionDecision d) {
        return acted("continue " + id + " v" + v + " " + d.decidedOn() + " " + d.decisionReference() + " " + d.ground());
    }

    @Override
    public CaseDetail terminate(UserPrincipal u, long id, long v, ResolutionDecision d) {
        return acted("terminate " + id + " v" + v + " " + d.decidedOn() + " " + d.decisionReference() + " " + d.ground());
    }

    @Override
    public CaseDetail withdrawPart(UserPrincipal u, long id, long v, LocalDate withdrawnOn, String parts) {
        return acted("withdrawPart " + id + " v" + v + " " + withdrawnOn + " " + parts);
    }

    @Override
    public CaseDetail recordDialogue(UserPrincipal u, long id, long v, org.danvan.cases.api.ComplaintDialogue d) {
        return acted("recordDialogue " + id + " v" + v + " " + d.heldOn() + " " + d.noticeSentOn() + " "
                + d.participants() + " " + d.content());
    }

    @Override
    public CaseDetail close(UserPrincipal u, long id, long v, String note) {
        return acted("close " + id + " v" + v + " " + note);
    }

    @Override
    public IntakeReceipt reopen(UserPrincipal u, long id, long unit, LocalDate day, String content) {
        calls.add("reopen " + id + " unit=" + unit);
        return new IntakeReceipt(8, "2026/000008", "X", List.of());
    }

    @Override
    public Optional<CaseSummary> findByNumberOrId(UserPrincipal user, String numberOrId) {
        return Optional.empty();
    }

    @Override
    public List<PersonData> unmask(UserPrincipal user, long caseId, String reason) {
        calls.add("unmask " + caseId + " " + reason);
        if (reason.length() < 10) {
            throw ValidationException.of("reason", "case.error.unmask.reason", 10);
        }
        return List.of(new PersonData("Trần Văn Bình", "Thôn Tây", "001204099999", "0912345678", null, null));
    }

    @Override
    public Page<CaseSummary> find(UserPrincipal user, CaseQuery query) {
        calls.add("find " + query.worklist() + " " + query.offset() + "+" + query.limit()
                + (query.text() == null ? "" : " text=" + query.text()));
        queries.add(query);
        if (pages != null) {
            return pages.apply(query);
        }
        return new Page<>(List.of(summary()), 1);
    }

    @Override
    public List<DashboardCount> dashboard(UserPrincipal user, long unitId) {
        return List.of();
    }

    @Override
    public PeriodCounts periodCounts(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        return new PeriodCounts(0, 0, 0, 0, 0);
    }

    @Override
    public PeriodCounts handledCounts(UserPrincipal user, long unitId, long handlerUserId, LocalDate from,
            LocalDate to) {
        return new PeriodCounts(0, 0, 0, 0, 0);
    }

    @Override
    public Optional<PublicStatus> publicStatus(String trackingCode) {
        return Optional.empty();
    }

    @Override
    public AttachmentInfo attach(UserPrincipal user, long caseId, String fileName, InputStream content) {
        calls.add("attach " + caseId + " " + fileName);
        return new AttachmentInfo(42, fileName, "text/plain", 1, "cd", Instant.now(), "lan");
    }

    @Override
    public InputStream openAttachment(UserPrincipal user, long caseId, long attachmentId, String reason) {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public void linkDuplicate(UserPrincipal user, long caseId, long otherCaseId) {
        calls.add("link " + caseId + " " + otherCaseId);
    }

    @Override
    public void dismissDuplicate(UserPrincipal user, long caseId, long otherCaseId) {
        calls.add("dismiss " + caseId + " " + otherCaseId);
    }
}
