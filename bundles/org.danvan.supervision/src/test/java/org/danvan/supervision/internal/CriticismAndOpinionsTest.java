package org.danvan.supervision.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.supervision.api.Criticism;
import org.danvan.supervision.api.CriticismDraft;
import org.danvan.supervision.api.CriticismForm;
import org.danvan.supervision.api.CriticismService;
import org.danvan.supervision.api.CriticismState;
import org.danvan.supervision.api.OpinionDecision;
import org.danvan.supervision.api.OpinionSubject;
import org.danvan.supervision.api.PeopleOpinion;
import org.danvan.supervision.api.PeopleOpinionDraft;
import org.danvan.supervision.api.PeopleOpinionService;
import org.danvan.supervision.api.SupervisionService;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** Social criticism of a draft up to the drafting body's explanations; the register of the people's opinions. */
@OnEveryDatabase
class CriticismAndOpinionsTest extends SupervisionFixture {

    private CriticismDraft draft() {
        return new CriticismDraft(TD_FRONT, "Dự thảo Đề án xây dựng nông thôn mới kiểu mẫu xã Tiên Du",
                "Ủy ban nhân dân xã Tiên Du", FakeUnits.TIEN_DU, CriticismForm.CONFERENCE, day("2026-02-25"));
    }

    @Test
    void aDraftIsCriticisedAndTheDraftingBodyExplainsWhatItTookAndWhy() {
        ValidationException empty = assertThrows(ValidationException.class, () -> services.criticisms().register(
                new CriticismDraft(TD_FRONT, " ", null, null, null, day("2026-03-03")), FRONT));
        assertEquals(List.of("draftTitle", "draftingBody", "form", "receivedOn"), empty.violations().stream()
                .map(Violation::field).toList());
        assertThrows(AccessDeniedException.class, () -> services.criticisms().register(draft(), CHAIR));
        Criticism received = services.criticisms().register(draft(), FRONT);
        assertEquals(CriticismState.RECEIVED, received.state());

        ValidationException nothingToSend = assertThrows(ValidationException.class, () -> services.criticisms()
                .send(received.id(), received.version(), day("2026-03-02"), FRONT));
        assertEquals(CriticismService.NO_OPINION, nothingToSend.violations().get(0).messageKey());
        Criticism held = services.criticisms().holdConference(received.id(), received.version(), day("2026-02-27"),
                "Hội nghị phản biện có 35 đại biểu", FRONT);
        Criticism one = services.criticisms().addOpinion(held.id(), "Hội Nông dân xã",
                "Bổ sung chỉ tiêu thu nhập bình quân đầu người", FRONT);
        Criticism two = services.criticisms().addOpinion(held.id(), "Ông Nguyễn Văn Tâm, thôn Đông",
                "Không nên huy động đóng góp của dân quá 20% kinh phí", FRONT);
        assertEquals(2, two.opinions().size());
        assertThrows(OptimisticLockException.class, () -> services.criticisms().send(held.id(), one.version(),
                day("2026-03-02"), FRONT));
        ValidationException early = assertThrows(ValidationException.class, () -> services.criticisms().send(
                held.id(), two.version(), day("2026-02-26"), FRONT));
        assertEquals(Violation.of("sentOn", CriticismService.SENT_DAY, "27/02/2026"), early.violations().get(0));
        Criticism sent = services.criticisms().send(held.id(), two.version(), day("2026-03-02"), FRONT);
        assertEquals(CriticismState.SENT, sent.state());
        ValidationException closedForOpinions = assertThrows(ValidationException.class, () -> services.criticisms()
                .addOpinion(held.id(), "X", "Y", FRONT));
        assertEquals(SupervisionService.WRONG_STATE, closedForOpinions.violations().get(0).messageKey());

        // the drafting unit explains for itself; Xã Lim may not
        Criticism.Opinion first = sent.opinions().get(0);
        assertThrows(AccessDeniedException.class, () -> services.criticisms().explain(first.id(), first.version(),
                OpinionDecision.TAKEN, "Đã bổ sung", LIM_CHAIR));
        ValidationException noReason = assertThrows(ValidationException.class, () -> services.criticisms()
                .explain(first.id(), first.version(), null, " ", CHAIR));
        assertEquals(List.of("decision", "explanation"), noReason.violations().stream().map(Violation::field)
                .toList());
        Criticism half = services.criticisms().explain(first.id(), first.version(), OpinionDecision.TAKEN,
                "Đã bổ sung chỉ tiêu thu nhập vào mục II của Đề án", CHAIR);
        assertEquals(CriticismState.SENT, half.state(), "one opinion still unexplained");
        Criticism.Opinion second = half.opinions().get(1);
        assertNull(second.decision());
        Criticism explained = services.criticisms().explain(second.id(), second.version(),
                OpinionDecision.NOT_TAKEN, "Mức đóng góp do Nhân dân bàn và quyết định theo Luật 10/2022", FRONT);
        assertEquals(CriticismState.EXPLAINED, explained.state());
        assertEquals(1, explained.taken());
        assertEquals(1, services.criticisms().criticisms(FakeUnits.PROVINCE, 2026, OVERSEER).size());
        assertTrue(services.criticisms().criticisms(FakeUnits.PROVINCE, 2026, LIM_CHAIR).isEmpty());
        assertEquals(List.of("supervision.criticism.registered", "supervision.criticism.conference-held",
                "supervision.criticism.opinion-added", "supervision.criticism.opinion-added",
                "supervision.criticism.sent", "supervision.criticism.explained", "supervision.criticism.explained"),
                audit.actions());
    }

    @Test
    void theOpinionsOfThePeopleAreRegisteredPerHalfYearAndForwarded() {
        ValidationException empty = assertThrows(ValidationException.class, () -> services.peopleOpinions().record(
                new PeopleOpinionDraft(TD_FRONT, null, "", "", day("2026-03-03")), FRONT));
        assertEquals(List.of("subject", "source", "content", "gatheredOn"), empty.violations().stream()
                .map(Violation::field).toList());
        PeopleOpinion opinion = services.peopleOpinions().record(new PeopleOpinionDraft(TD_FRONT,
                OpinionSubject.GOVERNMENT, "Hội nghị tiếp xúc cử tri thôn Đông",
                "Cán bộ một cửa còn hẹn nhiều lần", day("2026-03-01")), FRONT);
        assertEquals(1, opinion.half());
        assertThrows(AccessDeniedException.class, () -> services.peopleOpinions().forward(opinion.id(),
                opinion.version(), "Đảng ủy xã", day("2026-03-02"), CHAIR));
        ValidationException early = assertThrows(ValidationException.class, () -> services.peopleOpinions()
                .forward(opinion.id(), opinion.version(), "Đảng ủy xã", day("2026-02-28"), FRONT));
        assertEquals(PeopleOpinionService.FORWARDED_DAY, early.violations().get(0).messageKey());
        PeopleOpinion forwarded = services.peopleOpinions().forward(opinion.id(), opinion.version(),
                "Đảng ủy xã Tiên Du", day("2026-03-02"), FRONT);
        assertEquals("Đảng ủy xã Tiên Du", forwarded.forwardedTo());
        ValidationException twice = assertThrows(ValidationException.class, () -> services.peopleOpinions()
                .forward(opinion.id(), forwarded.version(), "HĐND xã", day("2026-03-02"), FRONT));
        assertEquals(PeopleOpinionService.ALREADY_FORWARDED, twice.violations().get(0).messageKey());
        assertEquals(1, services.peopleOpinions().opinions(FakeUnits.TIEN_DU, 2026, 1, CHAIR).size());
        assertTrue(services.peopleOpinions().opinions(FakeUnits.TIEN_DU, 2026, 2, CHAIR).isEmpty());
        assertTrue(services.peopleOpinions().opinions(FakeUnits.TIEN_DU, 2026, 1, LIM_CHAIR).isEmpty());
    }
}
