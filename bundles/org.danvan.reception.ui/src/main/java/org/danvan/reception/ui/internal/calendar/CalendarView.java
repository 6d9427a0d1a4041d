package org.danvan.reception.ui.internal.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.ScheduleWarning;
import org.danvan.reception.api.SessionStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The leaders' reception calendar of a unit for a month, week by week: plan a session, record who actually received
 * the citizens, call a session off. The warnings of the period (minimum missed, minimum not scheduled, a deputy
 * receiving after the delegation ban) stand above the weeks in red.
 */
public class CalendarView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ReceptionSchedule schedule;
    private final UserPrincipal user;
    final UnitPicker unit;
    final Span monthLabel = new Span();
    final Div warnings = new Div();
    final Div weeks = new Div();
    final Button plan = new Button();
    private YearMonth month = YearMonth.from(LocalizedDates.today());

    public CalendarView(ReceptionSchedule schedule, OrgUnitDirectory units) {
        this.schedule = schedule;
        this.user = SignedInUser.get().orElseThrow(IllegalStateException::new);
        setId("reception-calendar");
        setWidthFull();
        unit = new UnitPicker(units, "reception-calendar-unit", getTranslation("reception.ui.filter.unit"));
        if (user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        unit.addValueChangeListener(e -> reload());
        unit.getStyle().set("flex", "1 1 14rem").set("min-width", "0");
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> show(month.minusMonths(1)));
        previous.setId("reception-calendar-prev");
        previous.setAriaLabel(getTranslation("reception.ui.calendar.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> show(month.plusMonths(1)));
        next.setId("reception-calendar-next");
        next.setAriaLabel(getTranslation("reception.ui.calendar.next"));
        monthLabel.setId("reception-calendar-month");
        monthLabel.getStyle().set("font-weight", "600");
        HorizontalLayout months = new HorizontalLayout(previous, monthLabel, next);
        months.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout bar = new HorizontalLayout(unit, months);
        if (user.hasPermission(ReceptionPermissions.SCHEDULE)) {
            plan.setText(getTranslation("reception.ui.calendar.plan"));
            plan.setIcon(VaadinIcon.PLUS.create());
            plan.setId("reception-calendar-plan");
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            plan.addClickListener(e -> planSession());
            bar.add(plan);
        }
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        warnings.setId("reception-calendar-warnings");
        warnings.setWidthFull();
        weeks.setId("reception-calendar-weeks");
        weeks.setWidthFull();
        add(bar, warnings, weeks);
        reload();
    }

    /** Shows another month. */
    void show(YearMonth wanted) {
        month = wanted;
        reload();
    }

    YearMonth month() {
        return month;
    }

    /** Reads the month's sessions and warnings again. */
    void reload() {
        monthLabel.setText(getTranslation("reception.ui.calendar.month", month.getMonthValue(), month.getYear()));
        warnings.removeAll();
        weeks.removeAll();
        OrgUnitInfo chosen = unit.getValue();
        plan.setEnabled(chosen != null);
        if (chosen == null) {
            weeks.add(new Span(getTranslation("reception.ui.calendar.chooseUnit")));
            return;
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        try {
            showWarnings(schedule.warnings(chosen.id(), first, last, user));
            showWeeks(MonthWeeks.group(month, schedule.sessions(chosen.id(), first, last, user)));
        } catch (RuntimeException failure) {
            if (!Refusals.isUserCaused(failure)) {
                throw failure;
            }
            weeks.add(new Span(Refusals.message(failure, this::getTranslation)));
        }
    }

    private void showWarnings(List<ScheduleWarning> found) {
        warnings.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        warnings.getElement().setAttribute("role", "alert");
        warnings.getStyle().set("border", "2px solid var(--lumo-error-color)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-error-color-10pct)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        H3 title = new H3(getTranslation("reception.ui.calendar.warnings", found.size()));
        title.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        warnings.add(title);
        int index = 0;
        for (ScheduleWarning warning : found) {
            Div line = new Div(VaadinIcon.WARNING.create(), new Span(" " + warningText(warning)));
            line.setId("reception-warning-" + index++);
            line.getElement().setAttribute("data-kind", warning.kind().name());
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            warnings.add(line);
        }
    }

    /** The warning's message with its days as {@code dd/MM/yyyy}. */
    String warningText(ScheduleWarning warning) {
        return getTranslation(warning.kind().messageKey(), warningArguments(warning));
    }

    /** The message arguments of a warning, its days written as {@code dd/MM/yyyy} and no {@code null} source. */
    static Object[] warningArguments(ScheduleWarning warning) {
        Object[] args = warning.messageArguments();
        args[0] = LocalizedDates.format(warning.periodStart());
        args[1] = LocalizedDates.format(warning.periodEnd());
        if (args[4] == null) {
            args[4] = "";
        }
        return args;
    }

    private void showWeeks(Map<LocalDate, List<ReceptionSession>> byWeek) {
        byWeek.forEach((monday, sessions) -> {
            Div week = new Div();
            week.setId("reception-week-" + monday);
            week.getStyle().set("margin-block", "var(--lumo-space-s)");
            Span heading = new Span(getTranslation("reception.ui.calendar.week", LocalizedDates.format(monday),
                    LocalizedDates.format(monday.plusDays(6))));
            heading.getStyle().set("font-weight", "600");
            week.add(heading);
            if (sessions.isEmpty()) {
                Div none = new Div(new Span(getTranslation("reception.ui.calendar.noSession")));
                none.getStyle().set("color", "var(--lumo-secondary-text-color)");
                week.add(none);
            }
            sessions.forEach(s -> week.add(sessionCard(s)));
            weeks.add(week);
        });
    }

    Component sessionCard(ReceptionSession session) {
        Div card = new Div();
        card.setId("reception-session-" + session.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)").set("margin-block", "var(--lumo-space-xs)");
        Span status = new Span(getTranslation(session.status().labelKey()));
        status.getElement().getThemeList().add("badge");
        if (session.status() == SessionStatus.HELD) {
            status.getElement().getThemeList().add(session.delegated() ? "error" : "success");
        } else if (session.status() == SessionStatus.CANCELLED) {
            status.getElement().getThemeList().add("contrast");
        }
        card.add(new Div(new Span(LocalizedDates.format(session.date()) + " · " + getTranslation(session.kind().labelKey())
                + " · "), status));
        if (session.online()) {
            Span online = new Span(getTranslation("reception.ui.session.online.badge"));
            online.setId("reception-session-online-" + session.id());
            online.getElement().getThemeList().add("badge contrast");
            card.add(new Div(online, new Span(" " + getTranslation("reception.ui.session.online.prepared",
                    session.citizenNotifiedOn() == null ? "—" : LocalizedDates.format(session.citizenNotifiedOn()),
                    session.connectionTestedOn() == null ? "—" : LocalizedDates.format(session.connectionTestedOn())))));
        }
        card.add(new Div(new Span(getTranslation("reception.ui.calendar.planned", session.plannedLeaderName(),
                getTranslation(session.plannedLeaderRole().labelKey()), session.place()))));
        if (session.status() == SessionStatus.HELD) {
            card.add(new Div(new Span(getTranslation("reception.ui.calendar.receivedBy", session.receivedByName(),
                    getTranslation(session.receivedByRole().labelKey())))));
        }
        if (session.note() != null) {
            card.add(new Div(new Span(session.note())));
        }
        if (session.status() == SessionStatus.SCHEDULED && user.hasPermission(ReceptionPermissions.SCHEDULE)) {
            Button held = new Button(getTranslation("reception.ui.calendar.recordHeld"), e -> recordHeld(session));
            held.setId("reception-session-held-" + session.id());
            held.setEnabled(!session.date().isAfter(LocalizedDates.today()));
            Button change = new Button(getTranslation("reception.ui.calendar.change"), e -> change(session));
            change.setId("reception-session-edit-" + session.id());
            Button cancel = new Button(getTranslation("reception.ui.calendar.cancel"), e -> confirmCancel(session));
            cancel.setId("reception-session-cancel-" + session.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            for (Button b : List.of(held, change, cancel)) {
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            }
            HorizontalLayout actions = new HorizontalLayout(held, change, cancel);
            if (session.online()) {
                Button prepare = new Button(getTranslation("reception.ui.session.online.prepare"),
                        e -> new OnlinePreparationDialog(schedule, user, session,
                                saved("reception.ui.session.online.saved"), this::reload).open());
                prepare.setId("reception-session-prepare-" + session.id());
                prepare.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.addComponentAsFirst(prepare);
            }
            actions.getStyle().set("flex-wrap", "wrap");
            card.add(actions);
        }
        return card;
    }

    void planSession() {
        LocalDate today = LocalizedDates.today();
        LocalDate day = YearMonth.from(today).equals(month) ? today : month.atDay(1);
        new SessionDialog(schedule, user, unit.getValue().id(), null, day, saved("reception.ui.calendar.planned.saved"),
                this::reload).open();
    }

    void change(ReceptionSession session) {
        new SessionDialog(schedule, user, session.unitId(), session, session.date(),
                saved("reception.ui.calendar.changed"), this::reload).open();
    }

    void recordHeld(ReceptionSession session) {
        new HeldDialog(schedule, user, session, saved("reception.ui.calendar.held"), this::reload).open();
    }

    void confirmCancel(ReceptionSession session) {
        Dialog confirm = new Dialog();
        confirm.setId("reception-cancel-dialog");
        confirm.setHeaderTitle(getTranslation("reception.ui.calendar.cancel.title"));
        confirm.add(new Span(getTranslation("reception.ui.calendar.cancel.question", LocalizedDates.format(session.date()))));
        Button yes = new Button(getTranslation("reception.ui.calendar.cancel"), e -> {
            confirm.close();
            cancel(session);
        });
        yes.setId("reception-cancel-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(getTranslation("reception.ui.calendar.cancel.keep"), e -> confirm.close());
        no.setId("reception-cancel-keep");
        confirm.getFooter().add(no, yes);
        confirm.open();
    }

    void cancel(ReceptionSession session) {
        try {
            schedule.cancel(session.id(), session.version(), user);
            Refusals.success(getTranslation("reception.ui.calendar.cancelled"));
        } catch (RuntimeException failure) {
            if (!Refusals.isUserCaused(failure)) {
                throw failure;
            }
            Refusals.show(failure, this::getTranslation);
        }
        reload();
    }

    private java.util.function.Consumer<ReceptionSession> saved(String messageKey) {
        return stored -> {
            Refusals.success(getTranslation(messageKey, LocalizedDates.format(stored.date())));
            if (!YearMonth.from(stored.date()).equals(month)) {
                month = YearMonth.from(stored.date());
            }
            reload();
        };
    }
}
