package org.danvan.reception.ui.internal.book;

import java.util.List;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.reception.api.Disposition;
import org.danvan.reception.api.PetitionKind;
import org.danvan.reception.ui.internal.Pickers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * One line of the reception book (form 03) with Binder validation mirroring the service's rules, so most mistakes
 * are shown before anything is sent; what only the service can judge comes back through {@link #errors()}. Element
 * ids: {@code reception-entry-<field>}.
 */
public class EntryForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    static final int NAME_MAX = 200;
    static final int LONG_TEXT_MAX = 500;
    static final int CONTENT_MAX = 4000;
    static final int NOTE_MAX = 2000;
    static final int PEOPLE_MAX = 10_000;
    /** 12-digit personal identification number or the old 9-digit identity card; spaces allowed. */
    static final String ID_PATTERN = "[0-9 ]*";

    private final Binder<EntryBean> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors();
    final UnitPicker unit;
    final DatePicker receivedOn = Pickers.day("reception-entry-receivedOn", getTranslation("reception.ui.entry.receivedOn"));
    final TextField citizenName = new TextField(getTranslation("reception.ui.entry.citizenName"));
    final TextField citizenAddress = new TextField(getTranslation("reception.ui.entry.citizenAddress"));
    final TextField idNumber = new TextField(getTranslation("reception.ui.entry.idNumber"));
    final TextArea content = new TextArea(getTranslation("reception.ui.entry.content"));
    final ComboBox<PetitionKind> petitionKind = new ComboBox<>(getTranslation("reception.ui.entry.petitionKind"));
    final IntegerField peopleCount = new IntegerField(getTranslation("reception.ui.entry.peopleCount"));
    final TextField previouslyHandledBy = new TextField(getTranslation("reception.ui.entry.previouslyHandledBy"));
    final ComboBox<Disposition> disposition = new ComboBox<>(getTranslation("reception.ui.entry.disposition"));
    final TextField transferredTo = new TextField(getTranslation("reception.ui.entry.transferredTo"));
    final TextArea followUp = new TextArea(getTranslation("reception.ui.entry.followUp"));
    final TextArea notes = new TextArea(getTranslation("reception.ui.entry.notes"));
    /** A refused reception's ground and the day its written notice was sent (Decree 154/2026 art. 4). */
    final TextArea refusalGround = new TextArea(getTranslation("reception.ui.entry.refusalGround"));
    final DatePicker refusalNoticeOn = Pickers.day("reception-entry-refusalNoticeOn",
            getTranslation("reception.ui.entry.refusalNoticeOn"));

    /** @param correcting whether an existing entry is corrected: its unit (hence its number) cannot change */
    public EntryForm(OrgUnitDirectory units, boolean correcting) {
        setId("reception-entry-form");
        unit = new UnitPicker(units, "reception-entry-unit", getTranslation("reception.ui.entry.unit"));
        unit.setReadOnly(correcting);
        citizenName.setId("reception-entry-citizenName");
        citizenAddress.setId("reception-entry-citizenAddress");
        idNumber.setId("reception-entry-idNumber");
        content.setId("reception-entry-content");
        petitionKind.setId("reception-entry-petitionKind");
        peopleCount.setId("reception-entry-peopleCount");
        previouslyHandledBy.setId("reception-entry-previouslyHandledBy");
        disposition.setId("reception-entry-disposition");
        transferredTo.setId("reception-entry-transferredTo");
        followUp.setId("reception-entry-followUp");
        notes.setId("reception-entry-notes");
        citizenName.setMaxLength(NAME_MAX);
        citizenAddress.setMaxLength(LONG_TEXT_MAX);
        idNumber.setMaxLength(20);
        idNumber.setAllowedCharPattern(ID_PATTERN);
        idNumber.setHelperText(getTranslation("reception.ui.entry.idNumber.help"));
        content.setMaxLength(CONTENT_MAX);
        previouslyHandledBy.setMaxLength(LONG_TEXT_MAX);
        transferredTo.setMaxLength(LONG_TEXT_MAX);
        followUp.setMaxLength(NOTE_MAX);
        notes.setMaxLength(NOTE_MAX);
        peopleCount.setMin(1);
        peopleCount.setMax(PEOPLE_MAX);
        peopleCount.setStepButtonsVisible(true);
        receivedOn.setMax(LocalizedDates.today());
        petitionKind.setItems(PetitionKind.values());
        petitionKind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        disposition.setItems(Disposition.values());
        disposition.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        disposition.addValueChangeListener(e -> transferredTo.setRequiredIndicatorVisible(needsTarget(e.getValue())));
        refusalGround.setId("reception-entry-refusalGround");
        refusalGround.setMaxLength(NOTE_MAX);
        refusalGround.setRequiredIndicatorVisible(true);
        refusalNoticeOn.setMax(LocalizedDates.today());
        refusalNoticeOn.setHelperText(getTranslation("reception.ui.entry.refusalNoticeOn.help"));
        disposition.addValueChangeListener(e -> showRefusal(e.getValue() == Disposition.REFUSE));
        showRefusal(false);
        bind();
        errors.field(unit, "unitId", "unit").field(receivedOn, "receivedOn").field(citizenName, "citizenName")
                .field(citizenAddress, "citizenAddress").field(idNumber, "idNumber").field(content, "content")
                .field(petitionKind, "petitionKind").field(peopleCount, "peopleCount")
                .field(previouslyHandledBy, "previouslyHandledBy").field(disposition, "disposition")
                .field(transferredTo, "transferredTo").field(followUp, "followUp").field(notes, "notes")
                .field(refusalGround, "refusalGround").field(refusalNoticeOn, "refusalNoticeOn");
        add(unit, receivedOn, citizenName, idNumber, citizenAddress, petitionKind, peopleCount, previouslyHandledBy,
                disposition, transferredTo, refusalGround, refusalNoticeOn);
        add(content, 2);
        add(followUp, notes);
        for (Component c : List.of(content, followUp, notes)) {
            ((HasSize) c).setWidthFull();
        }
        // one column on a phone (390 px), two from a tablet up
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private void bind() {
        String required = getTranslation("reception.validation.required");
        binder.forField(unit).asRequired(required).bind(EntryBean::getUnit, EntryBean::setUnit);
        binder.forField(receivedOn).asRequired(required)
                .withValidator(d -> !d.isAfter(LocalizedDates.today()), getTranslation("reception.validation.in-future"))
                .bind(EntryBean::getReceivedOn, EntryBean::setReceivedOn);
        binder.forField(citizenName).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("reception.ui.validation.length", 2, NAME_MAX), 2,
                        NAME_MAX))
                .bind(EntryBean::getCitizenName, EntryBean::setCitizenName);
        binder.forField(citizenAddress).withValidator(maxLength(LONG_TEXT_MAX))
                .bind(EntryBean::getCitizenAddress, EntryBean::setCitizenAddress);
        binder.forField(idNumber)
                .withValidator(EntryForm::plausibleIdNumber, getTranslation("reception.validation.id-number"))
                .bind(EntryBean::getIdNumber, EntryBean::setIdNumber);
        binder.forField(content).asRequired(required).withValidator(maxLength(CONTENT_MAX))
                .bind(EntryBean::getContent, EntryBean::setContent);
        binder.forField(petitionKind).asRequired(required).bind(EntryBean::getPetitionKind, EntryBean::setPetitionKind);
        binder.forField(peopleCount).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("reception.validation.out-of-range", 1,
                        PEOPLE_MAX), 1, PEOPLE_MAX))
                .bind(EntryBean::getPeopleCount, EntryBean::setPeopleCount);
        binder.forField(previouslyHandledBy).withValidator(maxLength(LONG_TEXT_MAX))
                .bind(EntryBean::getPreviouslyHandledBy, EntryBean::setPreviouslyHandledBy);
        binder.forField(disposition).asRequired(required).bind(EntryBean::getDisposition, EntryBean::setDisposition);
        Binder.Binding<EntryBean, String> target = binder.forField(transferredTo).withValidator(maxLength(LONG_TEXT_MAX))
                .withValidator((value, context) -> needsTarget(disposition.getValue()) && value.strip().length() < 2
                        ? ValidationResult.error(getTranslation("reception.validation.transfer-target-required"))
                        : ValidationResult.ok())
                .bind(EntryBean::getTransferredTo, EntryBean::setTransferredTo);
        binder.forField(followUp).withValidator(maxLength(NOTE_MAX)).bind(EntryBean::getFollowUp, EntryBean::setFollowUp);
        binder.forField(notes).withValidator(maxLength(NOTE_MAX)).bind(EntryBean::getNotes, EntryBean::setNotes);
        binder.forField(refusalGround).withValidator(maxLength(NOTE_MAX))
                .withValidator((value, context) -> disposition.getValue() == Disposition.REFUSE
                        && value.strip().length() < 3 ? ValidationResult.error(getTranslation(
                                "reception.validation.required")) : ValidationResult.ok())
                .bind(EntryBean::getRefusalGround, EntryBean::setRefusalGround);
        binder.forField(refusalNoticeOn)
                .withValidator(d -> d == null || !d.isAfter(LocalizedDates.today()),
                        getTranslation("reception.validation.in-future"))
                .bind(EntryBean::getRefusalNoticeOn, EntryBean::setRefusalNoticeOn);
        // the target's rule depends on the disposition: judge it again once it was shown wrong
        disposition.addValueChangeListener(e -> {
            if (transferredTo.isInvalid()) {
                target.validate();
            }
        });
    }

    private StringLengthValidator maxLength(int max) {
        return new StringLengthValidator(getTranslation("reception.validation.too-long", max), 0, max);
    }

    private void showRefusal(boolean refused) {
        refusalGround.setVisible(refused);
        refusalNoticeOn.setVisible(refused);
    }

    /** Returned and transferred petitions name the body the citizen was guided or sent to. */
    static boolean needsTarget(Disposition disposition) {
        return disposition == Disposition.RETURN_AND_GUIDE || disposition == Disposition.TRANSFER;
    }

    /** Empty, or 9 or 12 digits once spaces are removed. */
    static boolean plausibleIdNumber(String value) {
        String digits = value == null ? "" : value.replace(" ", "");
        return digits.isEmpty() || digits.matches("\\d{9}|\\d{12}");
    }

    /** Shows a line in the form. */
    public void read(EntryBean bean) {
        errors.clear();
        binder.readBean(bean);
        transferredTo.setRequiredIndicatorVisible(needsTarget(bean.getDisposition()));
    }

    /** Writes the inputs into the bean if they are valid; otherwise marks the invalid inputs. */
    public boolean writeIfValid(EntryBean bean) {
        errors.clear();
        return binder.writeBeanIfValid(bean);
    }

    /** Where the service's refusals are shown. */
    public FieldErrors errors() {
        return errors;
    }
}
