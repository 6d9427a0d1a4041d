package org.danvan.dissemination.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
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

/**
 * What the module's screens share: the unit chosen at the top, the signed-in user and their permissions at that unit,
 * dialogs whose refusals show at their fields. The services decide; the screen only hides what the user could not do.
 */
abstract class DisseminationScreen extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    protected final transient UserPrincipal user;
    protected final transient OrgUnitDirectory units;
    protected final transient AccessControl access;
    protected final UnitPicker unit;

    DisseminationScreen(String id, OrgUnitDirectory units, AccessControl access) {
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId(id);
        setSizeFull();
        unit = new UnitPicker(units, id + "-unit", getTranslation("dissemination.ui.unit"));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        unit.addValueChangeListener(e -> refresh());
    }

    protected HorizontalLayout filters(com.vaadin.flow.component.Component... buttons) {
        HorizontalLayout filters = new HorizontalLayout(unit);
        filters.add(buttons);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    protected abstract void refresh();

    protected Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    protected boolean may(String permission, Long unitId) {
        return user != null && unitId != null && access.isPermitted(user, permission, unitId);
    }

    protected String name(long unitId) {
        return units.find(unitId).map(OrgUnitInfo::name).orElse(Long.toString(unitId));
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
        day.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("dissemination.ui.today"),
                getTranslation("dissemination.ui.cancel")));
        return day;
    }

    /** A percentage as shown in the grids. */
    protected static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /**
     * A dialog's save button and cancel: the step runs; a refusal at the fields keeps the dialog open, anything else
     * the user caused closes it and is shown; the screen is then refreshed.
     */
    protected void footer(Dialog dialog, String saveId, FieldErrors errors, Runnable step) {
        Button save = new Button(getTranslation("dissemination.ui.save"), e -> {
            FieldErrors.Attempt attempt = errors.attempt(step, this::getTranslation);
            if (attempt.keepOpen()) {
                return;
            }
            dialog.close();
            refresh();
            if (attempt.succeeded()) {
                Refusals.success(getTranslation("dissemination.ui.saved"));
            } else {
                Refusals.show(attempt.refusal(), this::getTranslation);
            }
        });
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("dissemination.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
