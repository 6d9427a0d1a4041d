package org.danvan.platform.ui.kit;

import java.util.function.Predicate;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
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
 * The base of a module's screen that works on the records of one unit (and often one year): the unit and year
 * pickers at the top (the signed-in user's own unit and this year chosen at first), the user and their permissions
 * at the chosen unit, and dialogs whose save button keeps the dialog open while a refusal shows at its fields. The
 * module's services decide; the screen only hides what the user could not do anyway.
 * <p>
 * A subclass lays itself out with {@link #filters(boolean, Component...)} and its own grid, and shows the records in
 * {@link #refresh()}, which runs whenever the unit or year changes and after every saved dialog.
 *
 * @since 1.3.0
 */
public abstract class ModuleScreen extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The signed-in user; {@code null} only outside a signed-in session (then nothing is permitted). */
    protected final transient UserPrincipal user;
    protected final transient OrgUnitDirectory units;
    protected final transient AccessControl access;
    /** The chosen unit, with the id {@code <id>-unit}. */
    protected final UnitPicker unit;
    /** The chosen year, with the id {@code <id>-year}; shown only when {@link #filters(boolean, Component...)} asks. */
    protected final IntegerField year = new IntegerField();

    /**
     * @param id the screen's element id, also the prefix of its pickers' ids
     */
    protected ModuleScreen(String id, OrgUnitDirectory units, AccessControl access) {
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId(id);
        setSizeFull();
        unit = new UnitPicker(units, id + "-unit", getTranslation("platform.ui.unit"));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        year.setId(id + "-year");
        year.setLabel(getTranslation("platform.ui.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalizedDates.today().getYear());
        unit.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
    }

    /** Shows the records of the chosen unit (and year). */
    protected abstract void refresh();

    /** The unit picker (and the year picker when {@code withYear}), then the screen's own components, wrapping. */
    protected HorizontalLayout filters(boolean withYear, Component... more) {
        HorizontalLayout filters = new HorizontalLayout(unit);
        if (withYear) {
            filters.add(year);
        }
        filters.add(more);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    /**
     * Lets the picker offer only the units where the user holds {@code permission}, and chooses the user's own unit
     * when it is one of them (for a dialog that records something at a unit).
     */
    protected void ownUnitIfPermitted(UnitPicker picker, String permission) {
        Predicate<OrgUnitInfo> permitted = u -> may(permission, u.id());
        picker.allowing(permitted);
        if (user != null && user.orgUnitId() != null && may(permission, user.orgUnitId())) {
            units.find(user.orgUnitId()).ifPresent(picker::setValue);
        }
    }

    /** The chosen unit's id; {@code null} while none is chosen. */
    protected Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    /** The chosen year; this year while the field is empty. */
    protected int chosenYear() {
        return year.getValue() == null ? LocalizedDates.today().getYear() : year.getValue();
    }

    /** Whether the user holds the permission at the chosen unit. */
    protected boolean may(String permission) {
        return may(permission, unitId());
    }

    /** Whether the user holds the permission at a unit ({@code false} for no unit). */
    protected boolean may(String permission, Long unitId) {
        return user != null && unitId != null && access.isPermitted(user, permission, unitId);
    }

    /** A unit's name, or its id when the directory no longer knows it. */
    protected String unitName(long unitId) {
        return units.find(unitId).map(OrgUnitInfo::name).orElse(Long.toString(unitId));
    }

    /** A dialog with its translated title, 48rem wide at most the screen's width. */
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

    /** A small button (for a grid row), shown only when {@code visible}. */
    protected Button small(String id, String textKey, boolean visible,
            ComponentEventListener<ClickEvent<Button>> action) {
        Button button = button(id, textKey, action);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setVisible(visible);
        return button;
    }

    /** A date picker in the user's language. */
    protected DatePicker datePicker(String id, String labelKey) {
        DatePicker day = new DatePicker(getTranslation(labelKey));
        day.setId(id);
        day.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("platform.ui.today"),
                getTranslation("platform.ui.cancel")));
        return day;
    }

    /** The dialog's save button and cancel, then opens it; see {@link #saveFooter}. */
    protected void footer(Dialog dialog, String saveId, FieldErrors errors, Runnable step) {
        saveFooter(this, dialog, saveId, errors, step, this::refresh);
    }

    /**
     * Gives a dialog its cancel and save buttons (the save button with id {@code saveId}) and opens it; see
     * {@link #saveButton}.
     *
     * @param screen the component whose translations the buttons use
     */
    public static void saveFooter(Component screen, Dialog dialog, String saveId, FieldErrors errors, Runnable step,
            Runnable refresh) {
        saveButton(screen, dialog, saveId, screen.getTranslation("platform.ui.save"), errors, step, refresh);
        dialog.open();
    }

    /**
     * Adds cancel and a primary button labelled {@code label} to the dialog's footer. The button runs the step: a
     * refusal at the fields keeps the dialog open with the message at its field; success, or any other refusal,
     * closes it, runs {@code refresh} and shows a notification.
     *
     * @param screen the component whose translations the buttons and messages use
     * @return the primary button, with id {@code saveId}
     */
    public static Button saveButton(Component screen, Dialog dialog, String saveId, String label, FieldErrors errors,
            Runnable step, Runnable refresh) {
        Button save = new Button(label, e -> {
            FieldErrors.Attempt attempt = errors.attempt(step, screen::getTranslation);
            if (attempt.keepOpen()) {
                return;
            }
            dialog.close();
            refresh.run();
            if (attempt.succeeded()) {
                Refusals.success(screen.getTranslation("platform.ui.saved"));
            } else {
                Refusals.show(attempt.refusal(), screen::getTranslation);
            }
        });
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(screen.getTranslation("platform.ui.cancel"), e -> dialog.close()), save);
        return save;
    }
}
