package org.danvan.grassroots.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.grassroots.api.ContentGroup;
import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.DisclosureDraft;
import org.danvan.grassroots.api.DisclosureForm;
import org.danvan.grassroots.api.GrassrootsPermissions;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A new or changed disclosure: unit, group, what and which decision, the forms used. The service checks the draft;
 * what it refuses is shown at the field it names; a refusal about the record itself closes the dialog with a message.
 */
final class DisclosureDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final UnitPicker unit;
    private final ComboBox<ContentGroup> group = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField decisionRef = new TextField();
    private final DatePicker decidedOn = new DatePicker();
    private final TextArea summary = new TextArea();
    private final PostingsEditor postings = new PostingsEditor();
    private final FieldErrors errors;

    DisclosureDialog(Disclosure existing, List<ContentGroup> groups, OrgUnitDirectory units, AccessControl access,
            UserPrincipal user, Function<DisclosureDraft, Disclosure> save, Consumer<String> saved,
            Consumer<RuntimeException> refused) {
        setId("gr-disclosure-dialog");
        setHeaderTitle(getTranslation(existing == null ? "grassroots.ui.disclosure.new" : "grassroots.ui.edit"));
        setWidth("48rem");
        setMaxWidth("100%");
        unit = new UnitPicker(units, "gr-disclosure-unit", getTranslation("grassroots.ui.field.unit"))
                .allowing(u -> access.isPermitted(user, GrassrootsPermissions.MANAGE_DISCLOSURES, u.id()));
        group.setId("gr-disclosure-group");
        group.setLabel(getTranslation("grassroots.ui.field.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g.number() + ". " + getTranslation(g.labelKey()));
        title.setId("gr-disclosure-title");
        title.setLabel(getTranslation("grassroots.ui.field.title"));
        title.setMaxLength(DisclosureDraft.TITLE_MAX_LENGTH);
        decisionRef.setId("gr-disclosure-decision");
        decisionRef.setLabel(getTranslation("grassroots.ui.field.decisionRef"));
        decisionRef.setMaxLength(DisclosureDraft.REF_MAX_LENGTH);
        decidedOn.setId("gr-disclosure-decided-on");
        decidedOn.setLabel(getTranslation("grassroots.ui.field.decidedOn"));
        decidedOn.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("grassroots.ui.today"),
                getTranslation("grassroots.ui.cancel")));
        decidedOn.setMax(LocalizedDates.today());
        summary.setId("gr-disclosure-summary");
        summary.setLabel(getTranslation("grassroots.ui.field.summary"));
        summary.setMaxLength(DisclosureDraft.SUMMARY_MAX_LENGTH);
        errors = new FieldErrors().field(unit, "unitId").field(group, "group").field(title, "title")
                .field(decisionRef, "decisionRef").field(decidedOn, "decidedOn").field(summary, "summary")
                .field(postings, "postings");
        if (existing == null) {
            if (user != null && user.orgUnitId() != null) {
                units.find(user.orgUnitId()).ifPresent(unit::setValue);
            }
            decidedOn.setValue(LocalizedDates.today());
            postings.startWith(DisclosureForm.NOTICE_BOARD, LocalizedDates.today());
        } else {
            units.find(existing.unitId()).ifPresent(unit::setValue);
            groups.stream().filter(g -> g.number() == existing.group()).findFirst().ifPresent(group::setValue);
            title.setValue(existing.title());
            decisionRef.setValue(existing.decisionRef() == null ? "" : existing.decisionRef());
            decidedOn.setValue(existing.decidedOn());
            summary.setValue(existing.summary() == null ? "" : existing.summary());
            postings.setValue(existing.postings());
        }
        FormLayout form = new FormLayout(unit, group, title, decisionRef, decidedOn, summary, postings);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(postings, 2);
        add(form);

        Button cancel = new Button(getTranslation("grassroots.ui.cancel"), e -> close());
        Button ok = new Button(getTranslation("grassroots.ui.save"), e -> save(save, saved, refused));
        ok.setId("gr-disclosure-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
    }

    private void save(Function<DisclosureDraft, Disclosure> save, Consumer<String> saved,
            Consumer<RuntimeException> refused) {
        OrgUnitInfo chosen = unit.getValue();
        ContentGroup chosenGroup = group.getValue();
        FieldErrors.Attempt attempt = errors.attempt(() -> {
            save.apply(new DisclosureDraft(chosen == null ? null : chosen.id(),
                    chosenGroup == null ? null : chosenGroup.number(), title.getValue(), decisionRef.getValue(),
                    decidedOn.getValue(), summary.getValue(), postings.getValue()));
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
