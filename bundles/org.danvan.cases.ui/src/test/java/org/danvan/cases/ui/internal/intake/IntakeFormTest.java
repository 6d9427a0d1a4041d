package org.danvan.cases.ui.internal.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.junit.jupiter.api.Test;

class IntakeFormTest {

    private static final OrgUnitInfo COMMUNE = new OrgUnitInfo(12, "27-TD", "Xã Tiên Du", "commune", 1L,
            LocalDate.of(2025, 7, 1), null, List.of());

    private IntakeForm form(CaseKind kind) {
        IntakeForm form = new IntakeForm();
        form.setKind(kind);
        form.setUnit(COMMUNE);
        form.setReceivedOn(LocalDate.of(2026, 3, 2));
        form.setContent("  Đề nghị xem xét việc thu hồi đất.  ");
        form.setConcerned("   ");
        return form;
    }

    @Test
    void aPersonsLetterBecomesTheEnginesRequest() {
        PersonForm person = new PersonForm();
        person.setFullName(" Nguyễn Văn An ");
        person.setPhone(" 0912 345 678 ");
        person.setEmail("");
        IntakeRequest request = form(CaseKind.COMPLAINT_FIRST).toRequest(List.of(person.toPerson()));
        assertEquals(12, request.unitId());
        assertEquals(Channel.RECEPTION_OFFICE, request.channel());
        assertNull(request.forwardedBy());
        assertEquals(1, request.peopleCount());
        assertFalse(request.group());
        assertNull(request.concerned());
        assertEquals("Đề nghị xem xét việc thu hồi đất.", request.content());
        PersonData p = request.petitioners().get(0);
        assertEquals("Nguyễn Văn An", p.fullName());
        assertEquals("0912 345 678", p.phone());
        assertNull(p.email());
    }

    @Test
    void aGroupKeepsItsSizeAndAForwardedLetterItsForwarder() {
        IntakeForm form = form(CaseKind.RECOMMENDATION);
        form.setGroup(true);
        form.setPeopleCount(35);
        form.setChannel(Channel.FORWARDED_BY_FRONT);
        form.setForwardedBy(" Ủy ban MTTQ xã ");
        IntakeRequest request = form.toRequest(List.of(PersonData.of("Trần Thị Bình", "Thôn Đông")));
        assertTrue(request.group());
        assertEquals(35, request.peopleCount());
        assertEquals("Ủy ban MTTQ xã", request.forwardedBy());

        form.setChannel(Channel.POST);
        assertNull(form.toRequest(List.of()).forwardedBy(), "a forwarder typed before changing the channel is dropped");
        form.setGroup(false);
        assertEquals(1, form.toRequest(List.of()).peopleCount());
    }

    @Test
    void onlyAnAnonymousDenunciationGoesWithoutPetitioners() {
        IntakeForm form = form(CaseKind.DENUNCIATION);
        form.setAnonymous(true);
        assertTrue(form.petitionersOptional());
        assertTrue(form.toRequest(List.of(PersonData.of("typed before ticking", null))).petitioners().isEmpty());
        IntakeForm complaint = form(CaseKind.COMPLAINT_FIRST);
        complaint.setAnonymous(true);
        assertFalse(complaint.petitionersOptional(), "anonymous is offered for denunciations only");
    }

    @Test
    void personFormatsAreTheEngines() {
        assertTrue(PersonForm.blankOr(PersonForm.ID_NUMBER, "001204012345"));
        assertTrue(PersonForm.blankOr(PersonForm.ID_NUMBER, "  "));
        assertFalse(PersonForm.blankOr(PersonForm.ID_NUMBER, "12-34"));
        assertTrue(PersonForm.blankOr(PersonForm.PHONE, "+84 912.345.678"));
        assertFalse(PersonForm.blankOr(PersonForm.PHONE, "gọi tôi"));
        assertTrue(PersonForm.blankOr(PersonForm.EMAIL, "an@example.vn"));
        assertFalse(PersonForm.blankOr(PersonForm.EMAIL, "an@vn"));
    }
}
