package org.danvan.dissemination.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.danvan.dissemination.api.Document;
import org.danvan.dissemination.api.DocumentDraft;
import org.danvan.dissemination.api.DocumentKind;
import org.danvan.dissemination.api.SessionDraft;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** Documents and sessions: every problem at once, targets within the issuer's subtree, scoped, versioned, audited. */
@OnEveryDatabase
class DocumentsTest extends DisseminationFixture {

    @Test
    void everyProblemOfADocumentIsRefusedAtOnce() {
        ValidationException refused = assertThrows(ValidationException.class, () -> service.create(
                new DocumentDraft(null, null, " ", day("2026-03-03"), "", null, "x".repeat(4001), null, false,
                        List.of(), null), PROVINCE_OFFICER));
        assertEquals(List.of("unitId", "kind", "number", "issuedOn", "issuer", "title", "summary", "targets",
                "dueOn"), refused.violations().stream().map(Violation::field).toList());
        assertEquals(Violation.of("issuedOn", DocumentDraft.ISSUED_FUTURE), refused.violations().get(3));
        ValidationException early = assertThrows(ValidationException.class, () -> service.create(
                new DocumentDraft(FakeUnits.PROVINCE, DocumentKind.LAW, "14/2012/QH13", day("2026-02-20"), "Quốc hội",
                        "Luật Phổ biến giáo dục pháp luật", null, FakeUnits.TIEN_DU, false, List.of(),
                        day("2026-02-19")), PROVINCE_OFFICER));
        assertEquals(List.of(Violation.of("dueOn", DocumentDraft.DUE_BEFORE_ISSUED)), early.violations());
        assertTrue(audit.events().isEmpty());
    }

    @Test
    void targetsAreTheSubtreeOrThePickedUnitsWithinTheIssuer() {
        Document subtree = service.create(new DocumentDraft(FakeUnits.PROVINCE, DocumentKind.PLAN, "12-KH/TU",
                day("2026-02-20"), "Tỉnh ủy", "Kế hoạch học tập", null, FakeUnits.TIEN_DU, true, List.of(),
                day("2026-03-20")), PROVINCE_OFFICER);
        assertEquals(ids(FakeUnits.TIEN_DU, FakeUnits.VILLAGE), subtree.targetUnitIds());
        Document picked = issued(FakeUnits.LIM, FakeUnits.TIEN_DU);
        assertEquals(ids(FakeUnits.TIEN_DU, FakeUnits.LIM), picked.targetUnitIds());
        // a commune cannot make another commune disseminate
        ValidationException outside = assertThrows(ValidationException.class, () -> service.create(
                new DocumentDraft(FakeUnits.TIEN_DU, DocumentKind.PLAN, "3-KH/ĐU", day("2026-02-20"), "Đảng ủy xã",
                        "Kế hoạch", null, null, false, List.of(FakeUnits.LIM), day("2026-03-20")), TIEN_DU_OFFICER));
        assertEquals(Violation.of("targets", DocumentDraft.TARGET_OUTSIDE, "Xã Lim"), outside.violations().get(0));
        assertThrows(AccessDeniedException.class, () -> service.create(toCommunes(FakeUnits.LIM), OVERSEER));
        assertEquals(List.of("dissemination.document.created", "dissemination.document.created"), audit.actions());

        // the commune sees what it must disseminate; Lim does not see Tiên Du's own plan
        assertEquals(List.of(subtree.id(), picked.id()), service.documents(FakeUnits.TIEN_DU, TIEN_DU_OFFICER)
                .stream().map(Document::id).sorted().toList());
        assertEquals(List.of(picked.id()), service.documents(FakeUnits.LIM, LIM_OFFICER).stream().map(Document::id)
                .toList());
        assertEquals(List.of(), service.documents(FakeUnits.TIEN_DU, LIM_OFFICER));
    }

    @Test
    void anUpdateTakesTheVersionLastReadAndReplacesTheTargets() {
        Document doc = issued(FakeUnits.TIEN_DU);
        Document changed = service.update(doc.id(), doc.version(), toCommunes(FakeUnits.TIEN_DU, FakeUnits.LIM),
                PROVINCE_OFFICER);
        assertEquals(ids(FakeUnits.TIEN_DU, FakeUnits.LIM), changed.targetUnitIds());
        assertThrows(OptimisticLockException.class, () -> service.update(doc.id(), doc.version(),
                toCommunes(FakeUnits.LIM), PROVINCE_OFFICER));
        Document narrowed = service.update(doc.id(), changed.version(), toCommunes(FakeUnits.LIM), PROVINCE_OFFICER);
        assertEquals(ids(FakeUnits.LIM), narrowed.targetUnitIds());
        assertThrows(AccessDeniedException.class, () -> service.update(doc.id(), narrowed.version(),
                toCommunes(FakeUnits.LIM), LIM_OFFICER));
        assertEquals(List.of("dissemination.document.created", "dissemination.document.updated",
                "dissemination.document.updated"), audit.actions());
    }

    @Test
    void aSessionIsValidatedAndOnlyATargetUnitRecordsIt() {
        Document doc = issued(FakeUnits.TIEN_DU);
        ValidationException refused = assertThrows(ValidationException.class, () -> service.recordSession(
                new SessionDraft(doc.id(), null, day("2026-03-03"), null, " ", -1, 0), TIEN_DU_OFFICER));
        assertEquals(List.of("unitId", "heldOn", "form", "presenter", "members", "present"),
                refused.violations().stream().map(Violation::field).toList());
        ValidationException tooMany = assertThrows(ValidationException.class, () -> held(doc.id(),
                FakeUnits.TIEN_DU, "2026-03-01", 120, 100, TIEN_DU_OFFICER));
        assertEquals(List.of(Violation.of("present", SessionDraft.PRESENT_RANGE, 100)), tooMany.violations());
        ValidationException notTarget = assertThrows(ValidationException.class, () -> held(doc.id(), FakeUnits.LIM,
                "2026-03-01", 20, 100, LIM_OFFICER));
        assertEquals(List.of(Violation.of("unitId", SessionDraft.UNIT_NOT_TARGET)), notTarget.violations());
        ValidationException before = assertThrows(ValidationException.class, () -> held(doc.id(), FakeUnits.TIEN_DU,
                "2026-02-19", 20, 100, TIEN_DU_OFFICER));
        assertEquals("heldOn", before.violations().get(0).field());
        // the province issued it but does not record the commune's sessions
        assertThrows(AccessDeniedException.class, () -> held(doc.id(), FakeUnits.TIEN_DU, "2026-03-01", 20, 100,
                PROVINCE_OFFICER));
        held(doc.id(), FakeUnits.TIEN_DU, "2026-03-01", 80, 100, TIEN_DU_OFFICER);
        assertEquals("dissemination.session.recorded", audit.last().action());
        assertEquals(1, service.sessions(doc.id(), OVERSEER).size());
        assertEquals(0, service.sessions(doc.id(), LIM_OFFICER).size());
    }
}
