package org.danvan.supervision.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.supervision.api.SupervisionPermissions;

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
 * What the module's screens share: the unit and year chosen at the top, the signed-in user, dialogs whose refusals
 * show at their fields. The services decide; the screen only hides what the user could not do anyway.
 */
abstract class SupervisionScreen extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    protected final transient UserPrincipal user;
    protected final transient OrgUnitDirectory units;
    protected final transient AccessControl access;
    protected final UnitPicker unit;
    protected final IntegerField year = new IntegerField();

    SupervisionScreen(String id, OrgUnitDirectory units, AccessControl access) {
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId(id);
        setSizeFull();
        unit = new UnitPicker(units, id + "-unit", getTranslation("supervision.ui.unit"));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        year.setId(id + "-year");
        year.setLabel(getTranslation("supervision.ui.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalizedDates.today().getYear());
        unit.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
    }

    /** The unit and year pickers, then the screen's own components. */
    protected HorizontalLayout filters(com.vaadin.flow.component.Component... more) {
        HorizontalLayout filters = new HorizontalLayout(unit, year);
        filters.add(more);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    /** Shows the records of the chosen unit and year. */
    protected abstract void refresh();

    protected Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    protected int chosenYear() {
        return year.getValue() == null ? LocalizedDates.today().getYear() : year.getValue();
    }

    /** Whether the user holds the permission at a unit. */
    protected boolean may(String permission, long unitId) {
        return user != null && access.isPermitted(user, permission, unitId);
    }

    /**
     * Limits a picker of the organisation that acts to the units where the user keeps the module's records, and
     * chooses the user's own unit when it is one of them.
     */
    protected void ownUnitIfManaged(UnitPicker picker) {
        picker.allowing(u -> may(SupervisionPermissions.MANAGE, u.id()));
        if (user != null && user.orgUnitId() != null && may(SupervisionPermissions.MANAGE, user.orgUnitId())) {
            units.find(user.orgUnitId()).ifPresent(picker::setValue);
        }
    }

    protected Dialog dialog(String id, String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setWidth("44rem");
        dialog.setMaxWidth("100%");
        return dialog;
    }

    protected Button button(String id, String textKey, ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(getTranslation(textKey), action);
        button.setId(id);
        return button;
    }

    protected Button small(String id, String textKey, boolean visible,
            ComponentEventListener<ClickEvent<Button>> action) {
        Button button = button(id, textKey, action);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setVisible(visible);
        return button;
    }

    protected DatePicker datePicker(String id, String labelKey) {
        DatePicker day = new DatePicker(getTranslation(labelKey));
        day.setId(id);
        day.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("supervision.ui.today"),
                getTranslation("supervision.ui.cancel")));
        return day;
    }

    /** A dialog's save button and cancel: runs the step, refusals at the fields keep the dialog open. */
    protected void footer(Dialog dialog, String saveId, FieldErrors errors, Runnable step) {
        Button save = new Button(getTranslation("supervision.ui.save"), e -> {
            FieldErrors.Attempt attempt = errors.attempt(step, this::getTranslation);
            if (attempt.keepOpen()) {
                return;
            }
            dialog.close();
            refresh();
            if (attempt.succeeded()) {
                Refusals.success(getTranslation("supervision.ui.saved"));
            } else {
                Refusals.show(attempt.refusal(), this::getTranslation);
            }
        });
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("supervision.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Today's date as the screens show it. */
    protected static String shown(java.time.LocalDate day) {
        return day == null ? "" : LocalizedDates.format(day);
    }
}
