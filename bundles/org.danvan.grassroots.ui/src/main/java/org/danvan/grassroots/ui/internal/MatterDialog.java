package org.danvan.grassroots.ui.internal;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.grassroots.api.DecisionWay;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterDraft;
import org.danvan.grassroots.api.MatterOption;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A new or changed matter for decision: village, what, how, the options (one a line), households, days. */
final class MatterDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final UnitPicker unit;
    private final TextField title = new TextField();
    private final ComboBox<DecisionWay> way = new ComboBox<>();
    private final TextArea options = new TextArea();
    private final IntegerField households = new IntegerField();
    private final DatePicker meetingOn = new DatePicker();
    private final DatePicker noticeOn = new DatePicker();
    private final IntegerField initiativeHouseholds = new IntegerField();
    private final DatePicker initiativeOn = new DatePicker();
    private final FieldErrors errors;

    MatterDialog(Matter existing, OrgUnitDirectory units, AccessControl access, UserPrincipal user,
            Function<MatterDraft, Matter> save, Consumer<String> saved, Consumer<RuntimeException> refused) {
        setId("gr-matter-dialog");
        setHeaderTitle(getTranslation(existing == null ? "grassroots.ui.matter.new" : "grassroots.ui.edit"));
        setWidth("44rem");
        setMaxWidth("100%");
        unit = new UnitPicker(units, "gr-matter-unit", getTranslation("grassroots.ui.field.village"))
                .allowing(u -> access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS, u.id()));
        title.setId("gr-matter-title");
        title.setLabel(getTranslation("grassroots.ui.field.matterTitle"));
        title.setMaxLength(MatterDraft.TITLE_MAX_LENGTH);
        way.setId("gr-matter-way");
        way.setLabel(getTranslation("grassroots.ui.field.way"));
        way.setItems(DecisionWay.values());
        way.setItemLabelGenerator(w -> getTranslation(w.labelKey()));
        options.setId("gr-matter-options");
        options.setLabel(getTranslation("grassroots.ui.field.options"));
        options.setHelperText(getTranslation("grassroots.ui.field.options.helper"));
        households.setId("gr-matter-households");
        households.setLabel(getTranslation("grassroots.ui.field.households"));
        households.setMin(1);
        households.setMax(MatterDraft.MAX_HOUSEHOLDS);
        for (DatePicker day : new DatePicker[] { meetingOn, noticeOn, initiativeOn }) {
            day.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("grassroots.ui.today"),
                    getTranslation("grassroots.ui.cancel")));
        }
        meetingOn.setId("gr-matter-meeting-on");
        meetingOn.setLabel(getTranslation("grassroots.ui.field.meetingOn"));
        noticeOn.setId("gr-matter-notice-on");
        noticeOn.setLabel(getTranslation("grassroots.ui.field.noticeOn"));
        initiativeHouseholds.setId("gr-matter-initiative-households");
        initiativeHouseholds.setLabel(getTranslation("grassroots.ui.field.initiativeHouseholds"));
        initiativeOn.setId("gr-matter-initiative-on");
        initiativeOn.setLabel(getTranslation("grassroots.ui.field.initiativeOn"));
        errors = new FieldErrors().field(unit, "unitId").field(title, "title").field(way, "way")
                .field(options, "options").field(households, "households").field(meetingOn, "meetingOn")
                .field(noticeOn, "noticeOn").field(initiativeHouseholds, "initiativeHouseholds")
                .field(initiativeOn, "initiativeOn");
        if (existing == null) {
            if (user != null && user.orgUnitId() != null) {
                units.find(user.orgUnitId()).ifPresent(unit::setValue);
            }
            way.setValue(DecisionWay.HOUSEHOLD_BALLOT);
            noticeOn.setValue(LocalizedDates.today());
        } else {
            units.find(existing.unitId()).ifPresent(unit::setValue);
            title.setValue(existing.title());
            way.setValue(existing.way());
            options.setValue(String.join("\n", existing.options().stream().map(MatterOption::label).toList()));
            households.setValue(existing.households());
            meetingOn.setValue(existing.meetingOn());
            noticeOn.setValue(existing.noticeOn());
            initiativeHouseholds.setValue(existing.initiativeHouseholds());
            initiativeOn.setValue(existing.initiativeOn());
        }
        FormLayout form = new FormLayout(unit, title, way, households, options, meetingOn, noticeOn,
                initiativeHouseholds, initiativeOn);
        form.setColspan(title, 2);
        form.setColspan(options, 2);
        add(form);

        Button cancel = new Button(getTranslation("grassroots.ui.cancel"), e -> close());
        Button ok = new Button(getTranslation("grassroots.ui.save"), e -> save(save, saved, refused));
        ok.setId("gr-matter-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
    }

    private void save(Function<MatterDraft, Matter> save, Consumer<String> saved,
            Consumer<RuntimeException> refused) {
        OrgUnitInfo chosen = unit.getValue();
        FieldErrors.Attempt attempt = errors.attempt(() -> {
            save.apply(new MatterDraft(chosen == null ? null : chosen.id(), title.getValue(), way.getValue(),
                    Arrays.asList(options.getValue().split("\\R")), households.getValue(), meetingOn.getValue(),
                    noticeOn.getValue(), initiativeHouseholds.getValue(), initiativeOn.getValue()));
        }, this::getTranslation);
        if (attempt.keepOpen()) {
            return;
        }
        close();
        if (attempt.succeeded()) {
            saved.accept(getTranslation("grassroots.ui.saved"));
        } else {
            refused.accept(attempt.refusal());
        }
    }
}
