package org.danvan.calendar.internal;

import java.time.LocalDate;

import org.danvan.calendar.api.LunarDate;
import org.danvan.calendar.api.VietnameseLunarCalendar;
import org.osgi.service.component.annotations.Component;

/** Registers the Vietnamese lunar calendar (ICU4J, UTC+7) as an OSGi service. */
@Component(service = VietnameseLunarCalendar.class)
public final class LunarCalendarComponent implements VietnameseLunarCalendar {

    private final VietnameseLunarCalendar delegate = new IcuVietnameseLunarCalendar();

    @Override
    public LunarDate toLunar(LocalDate date) {
        return delegate.toLunar(date);
    }

    @Override
    public LocalDate toSolar(LunarDate date) {
        return delegate.toSolar(date);
    }
}
