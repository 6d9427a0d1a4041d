package org.danvan.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.danvan.calendar.api.Holiday;
import org.danvan.calendar.api.VietnameseLunarCalendar;
import org.danvan.calendar.api.WorkingCalendar;

/**
 * The working calendar over the stored announcements: an immutable {@link VietnameseWorkingCalendar} swapped for a
 * new one after every committed change, so readers never see half a change and see a change at once.
 */
public final class LiveWorkingCalendar implements WorkingCalendar {

    private final VietnameseLunarCalendar lunar;
    private final HolidayRules rules;
    private final Supplier<java.util.Map<Integer, YearAnnouncement>> announcements;
    private volatile VietnameseWorkingCalendar current;

    /**
     * A calendar that reads its announcements now and at every {@link #reload()}.
     *
     * @param lunar the lunar calendar
     * @param rules the default shape of the holidays set yearly
     * @param announcements reads the committed announcements
     */
    public LiveWorkingCalendar(VietnameseLunarCalendar lunar, HolidayRules rules,
            Supplier<java.util.Map<Integer, YearAnnouncement>> announcements) {
        this.lunar = Objects.requireNonNull(lunar, "lunar");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.announcements = Objects.requireNonNull(announcements, "announcements");
        this.current = build();
    }

    /**
     * Reads the committed announcements again. Serialised, and each reload reads after its caller's commit, so the
     * last reload always sees every committed change.
     *
     * @return the new calendar
     */
    public synchronized VietnameseWorkingCalendar reload() {
        current = build();
        return current;
    }

    /**
     * The calendar as it would be with other announcements, for a preview; the live calendar is not changed.
     *
     * @param change turns the committed announcements (a copy) into the proposed ones
     * @return the proposed calendar
     */
    public VietnameseWorkingCalendar proposed(
            java.util.function.UnaryOperator<java.util.Map<Integer, YearAnnouncement>> change) {
        return new VietnameseWorkingCalendar(lunar, rules,
                change.apply(new java.util.TreeMap<>(announcements.get())));
    }

    /** The calendar in use now. */
    public VietnameseWorkingCalendar current() {
        return current;
    }

    private VietnameseWorkingCalendar build() {
        return new VietnameseWorkingCalendar(lunar, rules, announcements.get());
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return current.isWorkingDay(date);
    }

    @Override
    public List<Holiday> holidays(int year) {
        return current.holidays(year);
    }

    @Override
    public List<LocalDate> workingWeekendDays(int year) {
        return current.workingWeekendDays(year);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return current.nextWorkingDay(date);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int workingDays) {
        return current.addWorkingDays(date, workingDays);
    }
}
