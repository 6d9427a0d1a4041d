package org.danvan.grassroots.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.grassroots.api.BallotResult;
import org.danvan.grassroots.api.Matter;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

/** The count of a matter: households in favour of each option, households taking part, the day of the count. */
final class BallotDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final List<IntegerField> votes = new ArrayList<>();
    private final IntegerField takingPart = new IntegerField();
    private final DatePicker decidedOn = new DatePicker();
    private final FieldErrors errors = new FieldErrors();

    BallotDialog(Matter matter, Function<BallotResult, Matter> save, Consumer<String> saved,
            Consumer<RuntimeException> refused) {
        setId("gr-ballot-dialog");
        setHeaderTitle(getTranslation("grassroots.ui.matter.count"));
        setWidth("36rem");
        setMaxWidth("100%");
        Paragraph rule = new Paragraph(getTranslation("grassroots.ui.ballot.rule", matter.households(),
                matter.approvalPercent() == null ? "-" : matter.approvalPercent().stripTrailingZeros().toPlainString(),
                matter.approvalCitation() == null ? "" : matter.approvalCitation()));
        rule.setId("gr-ballot-rule");
        FormLayout form = new FormLayout();
        for (int i = 0; i < matter.options().size(); i++) {
            IntegerField field = new IntegerField(matter.options().get(i).label());
            field.setId("gr-ballot-votes-" + i);
            field.setMin(0);
            field.setMax(matter.households());
            votes.add(field);
            form.add(field);
        }
        takingPart.setId("gr-ballot-taking-part");
        takingPart.setLabel(getTranslation("grassroots.ui.field.takingPart"));
        decidedOn.setId("gr-ballot-decided-on");
        decidedOn.setLabel(getTranslation("grassroots.ui.field.countedOn"));
        decidedOn.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("grassroots.ui.today"),
                getTranslation("grassroots.ui.cancel")));
        decidedOn.setValue(LocalizedDates.today());
        form.add(takingPart, decidedOn);
        // a refusal of the votes as a whole is shown at the first option
        errors.field(votes.get(0), "votes");
        errors.field(takingPart, "householdsTakingPart").field(decidedOn, "decidedOn");
        add(rule, form);

        Button cancel = new Button(getTranslation("grassroots.ui.cancel"), e -> close());
        Button ok = new Button(getTranslation("grassroots.ui.save"), e -> save(save, saved, refused));
        ok.setId("gr-ballot-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
    }

    private void save(Function<BallotResult, Matter> save, Consumer<String> saved,
            Consumer<RuntimeException> refused) {
        DialogSave.attempt(this, errors, () -> save.apply(new BallotResult(
                votes.stream().map(IntegerField::getValue).toList(), takingPart.getValue(), decidedOn.getValue())),
                saved, refused);
    }
}
