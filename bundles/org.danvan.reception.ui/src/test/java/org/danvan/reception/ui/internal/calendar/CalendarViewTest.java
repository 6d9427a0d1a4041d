package org.danvan.reception.ui.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.ScheduleWarning;
import org.danvan.reception.api.SessionKind;
import org.danvan.reception.api.SessionStatus;
import org.danvan.reception.api.WarningKind;
import org.danvan.reception.ui.internal.testing.FakeSchedule;
import org.danvan.reception.ui.internal.testing.TestUsers;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

class CalendarViewTest {

    private static final YearMonth JULY = YearMonth.of(2026, 7);
    private final FakeSchedule schedule = new FakeSchedule();
    private UiHarness harness;

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private CalendarView open(org.danvan.platform.api.security.UserPrincipal user) {
        harness = new UiHarness(user);
        CalendarView view = new CalendarView(schedule, FakeUnits.sample());
        harness.ui.add(view);
        view.show(JULY);
        return view;
    }

    private ReceptionSession planned(LocalDate day) {
        return schedule.addSession(new ReceptionSession(day.getDayOfMonth(), 3, 12, day, "Trụ sở UBND xã",
                SessionKind.REGULAR, SessionStatus.SCHEDULED, null, "Lê Văn Hùng", LeaderRole.HEAD, null, null, null,
                null));
    }

    @Test
    void theWarningsOfTheMonthStandAboveTheWeeks() {
        schedule.warnings.add(new ScheduleWarning(WarningKind.MINIMUM_NOT_SCHEDULED, 12, LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 7, 12), 0, 1, "Luật 42/2013/QH13", null));
        schedule.warnings.add(new ScheduleWarning(WarningKind.DELEGATED_RECEPTION, 12, LocalDate.of(2026, 7, 2),
                LocalDate.of(2026, 7, 2), 0, 1, "Luật 136/2025/QH15", 2L));
        CalendarView view = open(TestUsers.OFFICER);
        assertTrue(view.warnings.isVisible());
        Div first = harness.find(view, "reception-warning-0", Div.class);
        assertEquals("MINIMUM_NOT_SCHEDULED", first.getElement().getAttribute("data-kind"));
        assertEquals("DELEGATED_RECEPTION",
                harness.find(view, "reception-warning-1", Div.class).getElement().getAttribute("data-kind"));
        assertEquals(0, view.getChildren().toList().indexOf(view.warnings) - 1, "warnings come right after the bar");
        Object[] args = CalendarView.warningArguments(schedule.warnings.get(0));
        assertEquals("06/07/2026", args[0]);
        assertEquals("12/07/2026", args[1]);
        assertEquals("Luật 42/2013/QH13", args[4]);

        view.show(JULY.plusMonths(2));
        assertFalse(view.warnings.isVisible(), "another month without warnings shows none");
    }

    @Test
    void sessionsAreShownInTheirWeek() {
        planned(LocalDate.of(2026, 7, 15));
        CalendarView view = open(TestUsers.OFFICER);
        Div week = harness.find(view, "reception-week-2026-07-13", Div.class);
        assertTrue(harness.findOptional(week, "reception-session-15", Div.class).isPresent());
        assertTrue(harness.findOptional(view, "reception-week-2026-06-29", Div.class).isPresent());
    }

    @Test
    void planningASessionSendsTheDraftAndShowsItsMonth() {
        CalendarView view = open(TestUsers.OFFICER);
        harness.find("reception-calendar-plan", Button.class).click();
        SessionDialog dialog = harness.find("reception-session-dialog", SessionDialog.class);
        assertEquals(JULY.atDay(1), dialog.date.getValue());
        dialog.date.setValue(LocalDate.of(2026, 8, 5));
        dialog.place.setValue("Trụ sở UBND xã");
        dialog.leaderName.setValue("Lê Văn Hùng");
        dialog.save.click();
        assertEquals(1, schedule.sessions.size());
        ReceptionSession stored = schedule.sessions.values().iterator().next();
        assertEquals(12, stored.unitId());
        assertEquals(LeaderRole.HEAD, stored.plannedLeaderRole());
        assertEquals(SessionKind.REGULAR, stored.kind());
        assertEquals(YearMonth.of(2026, 8), view.month());
        assertTrue(harness.findOptional(view, "reception-session-" + stored.id(), Div.class).isPresent());
    }

    @Test
    void anOnlineSessionIsPlannedAndItsPreparationRecorded() {
        CalendarView view = open(TestUsers.OFFICER);
        harness.find("reception-calendar-plan", Button.class).click();
        SessionDialog dialog = harness.find("reception-session-dialog", SessionDialog.class);
        dialog.date.setValue(LocalDate.of(2026, 7, 20));
        dialog.place.setValue("Cổng tiếp công dân trực tuyến");
        dialog.leaderName.setValue("Lê Văn Hùng");
        dialog.online.setValue(true);
        dialog.save.click();
        ReceptionSession stored = schedule.sessions.values().iterator().next();
        assertTrue(stored.online(), "the flag reaches the service");
        assertTrue(harness.findOptional(view, "reception-session-online-" + stored.id(),
                com.vaadin.flow.component.html.Span.class).isPresent());

        harness.find(view, "reception-session-prepare-" + stored.id(), Button.class).click();
        OnlinePreparationDialog prepare = harness.find("reception-online-dialog", OnlinePreparationDialog.class);
        prepare.notified.setValue(LocalDate.of(2026, 7, 10));
        prepare.save.click();
        assertEquals(LocalDate.of(2026, 7, 10), schedule.sessions.get(stored.id()).citizenNotifiedOn());
        assertEquals(null, schedule.sessions.get(stored.id()).connectionTestedOn());
    }

    @Test
    void aPlanWithoutLeaderIsNotSent() {
        open(TestUsers.OFFICER);
        harness.find("reception-calendar-plan", Button.class).click();
        SessionDialog dialog = harness.find("reception-session-dialog", SessionDialog.class);
        dialog.place.setValue("Trụ sở UBND xã");
        dialog.save.click();
        assertTrue(schedule.sessions.isEmpty());
        assertTrue(dialog.leaderName.isInvalid());
    }

    @Test
    void recordingHeldNamesWhoActuallyReceived() {
        ReceptionSession session = planned(LocalDate.of(2026, 7, 1));
        CalendarView view = open(TestUsers.OFFICER);
        view.recordHeld(session);
        HeldDialog dialog = harness.find("reception-held-dialog", HeldDialog.class);
        assertEquals("Lê Văn Hùng", dialog.name.getValue(), "the planned leader is proposed");
        dialog.name.setValue("Phạm Thị Mai");
        dialog.role.setValue(LeaderRole.DEPUTY);
        dialog.save.click();
        ReceptionSession held = schedule.sessions.get(session.id());
        assertEquals(SessionStatus.HELD, held.status());
        assertEquals("Phạm Thị Mai", held.receivedByName());
        assertEquals(LeaderRole.DEPUTY, held.receivedByRole());
    }

    @Test
    void aRefusedHeldRecordStaysOpenWithTheMessageAtTheField() {
        ReceptionSession session = planned(LocalDate.of(2026, 7, 1));
        CalendarView view = open(TestUsers.OFFICER);
        view.recordHeld(session);
        HeldDialog dialog = harness.find("reception-held-dialog", HeldDialog.class);
        schedule.refuseNext = ValidationException.of("receivedByName", "reception.validation.too-long", 255);
        dialog.save.click();
        assertTrue(dialog.isOpened());
        assertTrue(dialog.name.isInvalid());
        assertEquals(SessionStatus.SCHEDULED, schedule.sessions.get(session.id()).status());
    }

    @Test
    void cancellingAsksFirst() {
        ReceptionSession session = planned(LocalDate.of(2026, 7, 20));
        CalendarView view = open(TestUsers.OFFICER);
        view.confirmCancel(session);
        harness.find("reception-cancel-keep", Button.class).click();
        assertEquals(SessionStatus.SCHEDULED, schedule.sessions.get(session.id()).status());
        view.confirmCancel(session);
        harness.find("reception-cancel-confirm", Button.class).click();
        assertEquals(SessionStatus.CANCELLED, schedule.sessions.get(session.id()).status());
    }

    @Test
    void aReaderHasNoPlanningButtons() {
        ReceptionSession session = planned(LocalDate.of(2026, 7, 20));
        CalendarView view = open(TestUsers.READER);
        assertTrue(harness.findOptional("reception-calendar-plan", Button.class).isEmpty());
        assertTrue(harness.findOptional(view, "reception-session-cancel-" + session.id(), Button.class).isEmpty());
    }

    @Test
    void aFutureSessionCannotBeRecordedHeld() {
        LocalDate later = LocalizedDates.today().plusDays(3);
        ReceptionSession session = planned(later);
        CalendarView view = open(TestUsers.OFFICER);
        view.show(YearMonth.from(later));
        assertFalse(harness.find(view, "reception-session-held-" + session.id(), Button.class).isEnabled());
    }
}
