package org.danvan.reception.ui.internal.home;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCard.Severity;
import org.danvan.platform.ui.spi.HomeCardItem;
import org.danvan.platform.ui.spi.HomeCardProvider;
import org.danvan.platform.ui.spi.HomeLink;
import org.danvan.reception.api.Commitment;
import org.danvan.reception.api.CommitmentStatus;
import org.danvan.reception.api.DialogueService;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.SessionStatus;
import org.danvan.reception.ui.internal.calendar.CalendarContribution;
import org.danvan.reception.ui.internal.dialogue.DialogueContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The reception cards of the home page, for the unit the user works at (read through the reception API with the
 * user, which checks {@code reception.view} there):
 * <ul>
 * <li>{@code reception.sessions-today} — today's reception sessions (planned or held, not cancelled);</li>
 * <li>{@code reception.sessions-week} — this week's (Monday to Sunday);</li>
 * <li>{@code reception.my-commitments} — dialogue commitments the user owns and has not done yet (red when one is
 * overdue).</li>
 * </ul>
 * The calendar and the dialogue screens take no filter parameters: the cards open them as they are (the calendar
 * on the current month of the user's unit).
 */
@Component(service = HomeCardProvider.class)
public class ReceptionHomeCards implements HomeCardProvider {

    /** How far ahead "my open commitments" looks: every open one in practice. */
    static final int COMMITMENT_YEARS = 10;

    private final ReceptionSchedule schedule;
    private final DialogueService dialogues;
    private final Supplier<LocalDate> today;

    @Activate
    public ReceptionHomeCards(@Reference ReceptionSchedule schedule, @Reference DialogueService dialogues) {
        this(schedule, dialogues, () -> LocalDate.now(PlatformTime.ZONE));
    }

    /** For tests: a clock of their own. */
    ReceptionHomeCards(ReceptionSchedule schedule, DialogueService dialogues, Supplier<LocalDate> today) {
        this.schedule = schedule;
        this.dialogues = dialogues;
        this.today = today;
    }

    @Override
    public String permission() {
        return ReceptionPermissions.VIEW;
    }

    @Override
    public List<HomeCard> cards(UserPrincipal user) {
        Long unit = user.orgUnitId();
        if (unit == null) {
            return List.of();
        }
        LocalDate day = today.get();
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<HomeCard> cards = new ArrayList<>();
        try {
            List<ReceptionSession> week = schedule.sessions(unit, monday, monday.plusDays(6), user).stream()
                    .filter(s -> s.status() != SessionStatus.CANCELLED).toList();
            List<ReceptionSession> todays = week.stream().filter(s -> s.date().equals(day)).toList();
            HomeLink calendar = HomeLink.of(CalendarContribution.ROUTE);
            cards.add(new HomeCard(id("sessions-today"), "reception.ui.home.sessions-today", todays.size(),
                    sessionItems(todays, calendar), calendar, 80, Severity.NORMAL));
            cards.add(new HomeCard(id("sessions-week"), "reception.ui.home.sessions-week", week.size(),
                    sessionItems(week, calendar), calendar, 90, Severity.NORMAL));

            List<Commitment> mine = dialogues.commitmentsDue(unit, day.plusYears(COMMITMENT_YEARS), user).stream()
                    .filter(c -> c.doneOn() == null && Long.valueOf(user.userId()).equals(c.ownerUserId())).toList();
            boolean late = mine.stream().anyMatch(c -> c.dueOn().isBefore(day));
            HomeLink dialogue = HomeLink.of(DialogueContribution.ROUTE);
            cards.add(new HomeCard(id("my-commitments"), "reception.ui.home.my-commitments", mine.size(),
                    mine.stream().limit(HomeCard.MAX_ITEMS).map(c -> new HomeCardItem(cut(c.description()), c.dueOn(),
                            c.status() == CommitmentStatus.OVERDUE || c.dueOn().isBefore(day), dialogue)).toList(),
                    dialogue, 100, late ? Severity.DANGER : Severity.WARNING));
        } catch (AccessDeniedException notAtThisUnit) {
            // the permission is held elsewhere, not at the user's own unit: nothing of this unit to show
            return List.of();
        }
        return cards;
    }

    /** A card id: the module's prefix and a name (not written whole, so it is not taken for a translation key). */
    static String id(String name) {
        return "reception" + "." + name;
    }

    private static List<HomeCardItem> sessionItems(List<ReceptionSession> sessions, HomeLink calendar) {
        return sessions.stream().limit(HomeCard.MAX_ITEMS).map(s -> new HomeCardItem(cut(label(s)), s.date(), false,
                calendar)).toList();
    }

    /** Who receives, and where. */
    static String label(ReceptionSession session) {
        String who = session.status() == SessionStatus.HELD && session.receivedByName() != null
                ? session.receivedByName() : session.plannedLeaderName();
        String place = session.place() == null ? "" : session.place().strip();
        if (who == null || who.isBlank()) {
            return place;
        }
        return place.isEmpty() ? who : who + " · " + place;
    }

    private static String cut(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 80 ? t.substring(0, 79) + "…" : t;
    }
}
