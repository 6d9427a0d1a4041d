package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.PublicStatus;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;

/**
 * The page rendered on the server, with a case engine that knows two codes. Without the shell's translation
 * provider Vaadin renders a key {@code k} as {@code !{k}!}, which shows which text went where.
 */
class CitizenStatusViewTest {

    private static final String CODE = "ABCD2345WXYZ9";
    private static final String OTHER_CODE = "ZZZZ2222YYYY3";

    private long now;
    private final FakeCases cases = new FakeCases();
    private final CitizenStatusView view = new CitizenStatusView(
            new StatusLookup(cases.service, new LookupLimiter(10, 100, () -> now)), () -> "203.0.113.7");

    CitizenStatusViewTest() {
        cases.byCode.put(CODE, new PublicStatus(CaseKind.DENUNCIATION, CaseStatus.ACCEPTED, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 5, 15)));
        cases.byCode.put(OTHER_CODE, new PublicStatus(CaseKind.RECOMMENDATION, CaseStatus.CLOSED,
                LocalDate.of(2025, 12, 31), null));
    }

    @Test
    void theFormHasTheElementsTheBrowserTestsAndScreenReadersUse() {
        TextField code = (TextField) byId("status-code");
        assertEquals("!{citizen.status.code}!", code.getLabel());
        assertEquals(TrackingCodeInput.MAX_TYPED_LENGTH, code.getMaxLength());
        assertEquals("!{citizen.status.lookup}!", ((Button) byId("status-lookup")).getText());
        assertEquals("alert", byId("status-error").getElement().getAttribute("role"));
        assertEquals(Optional.of("!{citizen.status.language}!"), ((LanguageSwitch) byId("status-language")).getAriaLabel());
        assertFalse(byId("status-error").isVisible());
        assertFalse(byId("status-result").isVisible());
    }

    @Test
    void aFoundCaseShowsItsFourPublicFieldsAndNothingElse() {
        lookUp("abcd 2345-wxyz9");

        Component result = byId("status-result");
        assertTrue(result.isVisible());
        assertFalse(byId("status-error").isVisible());
        assertEquals("!{case.kind.DENUNCIATION}!", text("status-kind"));
        assertEquals("!{case.status.ACCEPTED}!", text("status-step"));
        assertEquals("02/03/2026", text("status-received"));
        assertEquals("15/05/2026", text("status-due"));
        // every text in the result, in order: the heading, then label and value of each field
        assertEquals(List.of("!{citizen.status.result}!", "!{citizen.status.kind}!", "!{case.kind.DENUNCIATION}!",
                "!{citizen.status.step}!", "!{case.status.ACCEPTED}!", "!{citizen.status.received}!", "02/03/2026",
                "!{citizen.status.due}!", "15/05/2026"), texts(result.getElement()));
        assertEquals(List.of("status-kind", "status-step", "status-received", "status-due"), ids(result.getElement()));
        assertEquals(List.of(CODE), cases.asked);
    }

    @Test
    void aCaseWithoutRunningClockSaysSo() {
        lookUp(OTHER_CODE.toLowerCase());
        assertEquals("!{case.status.CLOSED}!", text("status-step"));
        assertEquals("!{citizen.status.due.none}!", text("status-due"));
    }

    @Test
    void aWrongCodeGetsThePlainMessageAndClearsThePreviousResult() {
        lookUp(CODE);
        assertTrue(byId("status-result").isVisible());

        lookUp("ABCD-2345-WXYZ8");
        assertFalse(byId("status-result").isVisible());
        assertEquals(List.of(), texts(byId("status-result").getElement()));
        assertTrue(byId("status-error").isVisible());
        assertEquals("!{citizen.status.error.notFound}!", text("status-error"));
        assertTrue(((TextField) byId("status-code")).isInvalid());

        lookUp("no such thing");
        assertEquals("!{citizen.status.error.notFound}!", text("status-error"));

        lookUp(CODE);
        assertFalse(byId("status-error").isVisible());
        assertFalse(((TextField) byId("status-code")).isInvalid());
    }

    @Test
    void theEleventhLookUpInAMinuteIsRefusedWithTheWait() {
        for (int i = 0; i < 10; i++) {
            lookUp("ABCD-2345-WXYZ" + (i + 2));
        }
        lookUp(CODE);
        assertEquals("!{citizen.status.error.tooMany}!", text("status-error"));
        assertFalse(byId("status-result").isVisible());
        now += 6_000_000_000L;
        lookUp(CODE);
        assertTrue(byId("status-result").isVisible());
    }

    private void lookUp(String typed) {
        ((TextField) byId("status-code")).setValue(typed);
        ((Button) byId("status-lookup")).click();
    }

    private String text(String id) {
        return byId(id).getElement().getTextRecursively();
    }

    private Component byId(String id) {
        return find(view, id).orElseThrow(() -> new AssertionError("no #" + id));
    }

    private static Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> find(child, id)).flatMap(Optional::stream).findFirst();
    }

    /** The texts of the element's text nodes, depth first. */
    private static List<String> texts(Element element) {
        List<String> found = new ArrayList<>();
        if (element.isTextNode()) {
            found.add(element.getText());
        }
        element.getChildren().forEach(child -> found.addAll(texts(child)));
        return found;
    }

    private static List<String> ids(Element element) {
        List<String> found = new ArrayList<>();
        element.getChildren().forEach(child -> {
            if (child.hasAttribute("id")) {
                found.add(child.getAttribute("id"));
            }
            found.addAll(ids(child));
        });
        return found;
    }
}
