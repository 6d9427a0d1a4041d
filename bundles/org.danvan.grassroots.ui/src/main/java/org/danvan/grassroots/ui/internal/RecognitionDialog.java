package org.danvan.grassroots.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.Recognition;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The commune People's Committee chairman's answer to a village's record: recognised, with the commune's decision,
 * or not, with the reason. Only the field the answer needs is shown.
 */
final class RecognitionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Select<Boolean> recognised = new Select<>();
    private final DatePicker decidedOn = new DatePicker();
    private final TextField reference = new TextField();
    private final TextArea reason = new TextArea();
    private final FieldErrors errors = new FieldErrors();

    RecognitionDialog(Matter matter, Function<Recognition, Matter> save, Consumer<String> saved,
            Consumer<RuntimeException> refused) {
        setId("gr-recognition-dialog");
        setHeaderTitle(getTranslation("grassroots.ui.matter.recognise"));
        setWidth("36rem");
        setMaxWidth("100%");
        Paragraph about = new Paragraph(getTranslation("grassroots.ui.recognition.about", matter.title(),
                matter.unitName(), LocalizedDates.format(matter.recordSentOn())));
        recognised.setId("gr-recognition-recognised");
        recognised.setLabel(getTranslation("grassroots.ui.field.recognised"));
        recognised.setItems(Boolean.TRUE, Boolean.FALSE);
        recognised.setItemLabelGenerator(yes -> getTranslation(yes ? "grassroots.ui.recognition.yes"
                : "grassroots.ui.recognition.no"));
        recognised.setValue(Boolean.TRUE);
        decidedOn.setId("gr-recognition-on");
        decidedOn.setLabel(getTranslation("grassroots.ui.field.recognisedOn"));
        decidedOn.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("grassroots.ui.today"),
                getTranslation("grassroots.ui.cancel")));
        decidedOn.setValue(LocalizedDates.today());
        reference.setId("gr-recognition-reference");
        reference.setLabel(getTranslation("grassroots.ui.field.recognitionReference"));
        reference.setMaxLength(Recognition.MAX_REFERENCE);
        reason.setId("gr-recognition-reason");
        reason.setLabel(getTranslation("grassroots.ui.field.recognitionReason"));
        reason.setMaxLength(Recognition.MAX_REASON);
        reason.setVisible(false);
        recognised.addValueChangeListener(e -> {
            boolean yes = Boolean.TRUE.equals(e.getValue());
            reference.setVisible(yes);
            reason.setVisible(!yes);
        });
        FormLayout form = new FormLayout(recognised, decidedOn, reference, reason);
        form.setColspan(reason, 2);
        errors.field(recognised, "recognised").field(decidedOn, "decidedOn").field(reference, "decisionReference")
                .field(reason, "reason");
        add(about, form);

        Button cancel = new Button(getTranslation("grassroots.ui.cancel"), e -> close());
        Button ok = new Button(getTranslation("grassroots.ui.save"), e -> save(save, saved, refused));
        ok.setId("gr-recognition-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, ok);
    }

    private void save(Function<Recognition, Matter> save, Consumer<String> saved,
            Consumer<RuntimeException> refused) {
        boolean yes = Boolean.TRUE.equals(recognised.getValue());
        // the hidden field's text is not part of the answer
        DialogSave.attempt(this, errors, () -> save.apply(new Recognition(recognised.getValue(), decidedOn.getValue(),
                yes ? reference.getValue() : null, yes ? null : reason.getValue())), saved, refused);
    }
}
