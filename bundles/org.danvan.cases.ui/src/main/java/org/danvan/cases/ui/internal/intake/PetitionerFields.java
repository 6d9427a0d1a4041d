package org.danvan.cases.ui.internal.intake;

import org.danvan.platform.ui.kit.FieldErrors;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * The inputs of one petitioner, with their own Binder. Element ids: {@code intake-petitioner-<n>-name},
 * {@code -address}, {@code -id-number}, {@code -phone}, {@code -email}, {@code -notes}, {@code -remove}
 * ({@code n} from 0).
 */
final class PetitionerFields extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Binder<PersonForm> binder = new Binder<>();
    private final PersonForm bean = new PersonForm();
    private final H4 title = new H4();
    private final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final TextField fullName = new TextField();
    private final TextField address = new TextField();
    private final TextField idNumber = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextArea notes = new TextArea();

    PetitionerFields(java.util.function.Consumer<PetitionerFields> onRemove) {
        setPadding(false);
        setSpacing(false);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("cases.ui.intake.petitioner.remove"));
        remove.setTooltipText(getTranslation("cases.ui.intake.petitioner.remove"));
        remove.addClickListener(e -> onRemove.accept(this));
        HorizontalLayout head = new HorizontalLayout(title, remove);
        head.setAlignItems(Alignment.BASELINE);
        title.getStyle().set("margin", "0");

        fullName.setLabel(getTranslation("cases.ui.person.fullName"));
        fullName.setMaxLength(PersonForm.NAME_MAX);
        address.setLabel(getTranslation("cases.ui.person.address"));
        address.setMaxLength(PersonForm.ADDRESS_MAX);
        idNumber.setLabel(getTranslation("cases.ui.person.idNumber"));
        idNumber.setMaxLength(20);
        phone.setLabel(getTranslation("cases.ui.person.phone"));
        phone.setMaxLength(20);
        email.setLabel(getTranslation("cases.ui.person.email"));
        email.setMaxLength(260);
        // the field's own pattern check runs before the binder's validator and has no words of its own: without
        // these, a refused address left the field red with no message
        String badEmail = getTranslation("case.error.email");
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(badEmail)
                .setMaxLengthErrorMessage(badEmail));
        notes.setLabel(getTranslation("cases.ui.person.identityNotes"));
        notes.setMaxLength(PersonForm.NOTES_MAX);
        notes.setMaxHeight("8rem");

        String required = getTranslation("case.error.required");
        binder.forField(fullName).asRequired(required).withValidator(v -> !v.isBlank(), required)
                .bind(PersonForm::getFullName, PersonForm::setFullName);
        binder.forField(address).bind(PersonForm::getAddress, PersonForm::setAddress);
        binder.forField(idNumber).withValidator(v -> PersonForm.blankOr(PersonForm.ID_NUMBER, v),
                getTranslation("case.error.id-number")).bind(PersonForm::getIdNumber, PersonForm::setIdNumber);
        binder.forField(phone).withValidator(v -> PersonForm.blankOr(PersonForm.PHONE, v),
                getTranslation("case.error.phone")).bind(PersonForm::getPhone, PersonForm::setPhone);
        binder.forField(email).withValidator(v -> PersonForm.blankOr(PersonForm.EMAIL, v),
                getTranslation("case.error.email")).bind(PersonForm::getEmail, PersonForm::setEmail);
        binder.forField(notes).bind(PersonForm::getIdentityNotes, PersonForm::setIdentityNotes);
        binder.readBean(bean);

        FormLayout form = new FormLayout(fullName, idNumber, address, phone, email, notes);
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        form.setColspan(notes, 2);
        add(head, form);
    }

    /** Numbers the block and its element ids after an add or a removal. */
    void number(int index, boolean removable) {
        String prefix = "intake-petitioner-" + index;
        setId(prefix);
        title.setText(getTranslation("cases.ui.person.title", index + 1));
        remove.setId(prefix + "-remove");
        remove.setVisible(removable);
        fullName.setId(prefix + "-name");
        address.setId(prefix + "-address");
        idNumber.setId(prefix + "-id-number");
        phone.setId(prefix + "-phone");
        email.setId(prefix + "-email");
        notes.setId(prefix + "-notes");
    }

    /** Registers the inputs under the engine's names {@code petitioners[<n>].<field>}. */
    void register(FieldErrors errors, int index) {
        String p = "petitioners[" + index + "].";
        errors.field(fullName, p + "fullName").field(address, p + "address").field(idNumber, p + "idNumber")
                .field(phone, p + "phone").field(email, p + "email").field(notes, p + "identityNotes");
    }

    boolean validate() {
        return binder.writeBeanIfValid(bean);
    }

    PersonForm value() {
        return bean;
    }
}
