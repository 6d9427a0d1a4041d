package org.danvan.conduct.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * What the module's screens share: the unit (and, where it matters, the year) chosen at the top, the signed-in user and
 * their permissions at that unit, dialogs whose refusals show at their fields. The services decide; the screen only
 * hides what the user could not do anyway.
 */
abstract class ConductScreen extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    protected final transient UserPrincipal user;
    protected final transient OrgUnitDirectory units;
    protected final transient AccessControl access;
    protected final UnitPicker unit;
    protected final IntegerField year = new IntegerField();

    ConductScreen(String id, OrgUnitDirectory units, AccessControl access) {
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId(id);
        setSizeFull();
        unit = new UnitPicker(units, id + "-unit", getTranslation("conduct.ui.unit"));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        year.setId(id + "-year");
        year.setLabel(getTranslation("conduct.ui.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalizedDates.today().getYear());
        unit.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
    }

    /** The unit picker (and the year picker when {@code withYear}), then the screen's own buttons. */
    protected HorizontalLayout filters(boolean withYear, com.vaadin.flow.component.Component... buttons) {
        HorizontalLayout filters = new HorizontalLayout(unit);
        if (withYear) {
            filters.add(year);
        }
        filters.add(buttons);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    /** Shows the records of the chosen unit (and year). */
    protected abstract void refresh();

    protected Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    protected int chosenYear() {
        return year.getValue() == null ? LocalizedDates.today().getYear() : year.getValue();
    }

    /** Whether the user holds the permission at the chosen unit. */
    protected boolean may(String permission) {
        return user != null && unitId() != null && access.isPermitted(user, permission, unitId());
    }

    protected Dialog dialog(String id, String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setWidth("48rem");
        dialog.setMaxWidth("100%");
        return dialog;
    }

    protected Button button(String id, String textKey, ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(getTranslation(textKey), action);
        button.setId(id);
        return button;
    }

    protected DatePicker datePicker(String id, String labelKey) {
        DatePicker day = new DatePicker(getTranslation(labelKey));
        day.setId(id);
        day.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("conduct.ui.today"),
                getTranslation("conduct.ui.cancel")));
        return day;
    }

    /**
     * A dialog's save button and cancel: the step runs; a refusal at the fields keeps the dialog open, anything else
     * the user caused closes it and is shown; the screen is then refreshed.
     */
    protected void footer(Dialog dialog, String saveId, FieldErrors errors, Runnable step) {
        Button save = new Button(getTranslation("conduct.ui.save"), e -> {
            FieldErrors.Attempt attempt = errors.attempt(step, this::getTranslation);
            if (attempt.keepOpen()) {
                return;
            }
            dialog.close();
            refresh();
            if (attempt.succeeded()) {
                Refusals.success(getTranslation("conduct.ui.saved"));
            } else {
                Refusals.show(attempt.refusal(), this::getTranslation);
            }
        });
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("conduct.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
