package org.danvan.grassroots.ui.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The unit and period of the report and the dashboard: the unit (the user's own by default, when allowed), from the
 * start of the current quarter to today. Element ids: {@code <prefix>-unit}, {@code <prefix>-from}, {@code
 * <prefix>-to}.
 */
final class UnitPeriodFilter {

    /** A unit and a period, checked. */
    record Choice(OrgUnitInfo unit, LocalDate from, LocalDate to) {
    }

    private final UnitPicker unit;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    UnitPeriodFilter(Component owner, Locale locale, OrgUnitDirectory units, String prefix,
            Predicate<OrgUnitInfo> allowed, UserPrincipal user) {
        Predicate<OrgUnitInfo> any = allowed == null ? u -> true : allowed;
        unit = new UnitPicker(units, prefix + "-unit", owner.getTranslation("grassroots.ui.column.unit"))
                .allowing(any);
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).filter(any).ifPresent(unit::setValue);
        }
        LocalDate today = LocalizedDates.today();
        from.setId(prefix + "-from");
        from.setLabel(owner.getTranslation("grassroots.ui.report.from"));
        from.setValue(today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1));
        to.setId(prefix + "-to");
        to.setLabel(owner.getTranslation("grassroots.ui.report.to"));
        to.setValue(today);
        for (DatePicker day : new DatePicker[] { from, to }) {
            day.setI18n(LocalizedDates.i18n(locale, owner.getTranslation("grassroots.ui.today"),
                    owner.getTranslation("grassroots.ui.cancel")));
        }
    }

    /** The fields in a row, followed by the given buttons and links. */
    HorizontalLayout row(Component... more) {
        HorizontalLayout filters = new HorizontalLayout(unit, from, to);
        filters.add(more);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    boolean hasUnit() {
        return unit.getValue() != null;
    }

    /** The unit and period chosen, or {@code null} with the error shown at the first day when incomplete. */
    Choice chosen() {
        from.setInvalid(false);
        if (unit.getValue() == null || from.getValue() == null || to.getValue() == null
                || to.getValue().isBefore(from.getValue())) {
            from.setErrorMessage(from.getTranslation("grassroots.ui.report.invalid"));
            from.setInvalid(true);
            return null;
        }
        return new Choice(unit.getValue(), from.getValue(), to.getValue());
    }
}
