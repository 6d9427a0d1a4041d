package org.danvan.noticeboard.ui.internal;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeDraft;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;

/**
 * The dialog in which a publisher writes a new notice or edits one. Binder validates with the same rules as
 * {@link NoticeDraft#validate()}, so most mistakes are shown at the field before anything reaches the service; what
 * the service still refuses is shown translated at the field it names ({@link FieldErrors}).
 */
final class NoticeEditor extends Dialog {

    private static final long serialVersionUID = 1L;

    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final DatePicker publishFrom = new DatePicker();
    private final DatePicker expiresOn = new DatePicker();
    private final Binder<NoticeForm> binder = new Binder<>();
    private final FieldErrors fieldErrors = new FieldErrors().field(title, "title").field(body, "body")
            .field(publishFrom, "publishFrom").field(expiresOn, "expiresOn");
    private final NoticeForm form;
    private final transient Function<NoticeDraft, Notice> save;
    private final transient Consumer<Notice> onSaved;
    private final transient Consumer<RuntimeException> onRefused;

    /**
     * @param existing the notice to edit, or {@code null} for a new one
     * @param today the default publication day of a new notice
     * @param save stores the draft; may refuse (ValidationException, AccessDeniedException, a conflict)
     * @param onSaved told the stored notice after the dialog closed
     * @param onRefused told a refusal that closes the dialog (no permission, changed or deleted meanwhile)
     */
    NoticeEditor(Notice existing, LocalDate today, Function<NoticeDraft, Notice> save, Consumer<Notice> onSaved,
            Consumer<RuntimeException> onRefused) {
        this.form = existing == null ? NoticeForm.blank(today) : NoticeForm.of(existing);
        this.save = save;
        this.onSaved = onSaved;
        this.onRefused = onRefused;
        setId("notice-editor");
        setHeaderTitle(getTranslation(existing == null ? "noticeboard.view.dialog.new" : "noticeboard.view.dialog.edit"));
        // full width on a phone, a comfortable column on a desktop
        setWidth("42rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        add(fields());
        bind();
        binder.readBean(form);

        Button cancel = new Button(getTranslation("noticeboard.view.cancel"), e -> close());
        cancel.setId("notice-cancel");
        Button saveButton = new Button(getTranslation("noticeboard.view.save"), e -> saveIfValid());
        saveButton.setId("notice-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.ENTER).listenOn(title);
        getFooter().add(cancel, saveButton);
    }

    private FormLayout fields() {
        title.setId("notice-title");
        title.setLabel(getTranslation("noticeboard.view.field.title"));
        title.setMaxLength(NoticeDraft.TITLE_MAX_LENGTH);
        title.setWidthFull();

        body.setId("notice-body");
        body.setLabel(getTranslation("noticeboard.view.field.body"));
        body.setMaxLength(NoticeDraft.BODY_MAX_LENGTH);
        body.setMinHeight("10rem");
        body.setMaxHeight("50vh");
        body.setWidthFull();
        // the browser stops typing at the limit; the value syncs on change (blur), which reaches the server before
        // a click on Save (with LAZY mode, text typed within 400 ms before the click was lost in headless Chromium)
        body.setHelperText(getTranslation("noticeboard.view.field.body.limit", NoticeDraft.BODY_MAX_LENGTH));

        publishFrom.setId("notice-publish-from");
        publishFrom.setLabel(getTranslation("noticeboard.view.field.publishFrom"));
        publishFrom.setI18n(datePickerTexts().setRequiredErrorMessage(getTranslation(NoticeDraft.PUBLISH_FROM_REQUIRED)));
        expiresOn.setId("notice-expires-on");
        expiresOn.setLabel(getTranslation("noticeboard.view.field.expiresOn"));
        expiresOn.setHelperText(getTranslation("noticeboard.view.field.expiresOn.helper"));
        expiresOn.setClearButtonVisible(true);
        // the picker's own check against its minimum (the publication day) speaks with the service's words
        expiresOn.setI18n(datePickerTexts().setMinErrorMessage(getTranslation(NoticeDraft.EXPIRES_BEFORE_PUBLISH)));

        FormLayout layout = new FormLayout(title, body, publishFrom, expiresOn);
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        layout.setColspan(title, 2);
        layout.setColspan(body, 2);
        return layout;
    }

    private DatePicker.DatePickerI18n datePickerTexts() {
        return LocalizedDates.i18n(getLocale(), getTranslation("noticeboard.view.datepicker.today"),
                getTranslation("noticeboard.view.datepicker.cancel"))
                .setBadInputErrorMessage(getTranslation("noticeboard.view.datepicker.badInput"));
    }

    private void bind() {
        String titleRequired = getTranslation(NoticeDraft.TITLE_REQUIRED);
        binder.forField(title).asRequired(titleRequired)
                .withValidator(value -> !value.isBlank(), titleRequired)
                .withValidator(value -> value.strip().length() <= NoticeDraft.TITLE_MAX_LENGTH,
                        getTranslation(NoticeDraft.TITLE_TOO_LONG))
                .bind(NoticeForm::getTitle, NoticeForm::setTitle);
        String bodyRequired = getTranslation(NoticeDraft.BODY_REQUIRED);
        binder.forField(body).asRequired(bodyRequired)
                .withValidator(value -> !value.isBlank(), bodyRequired)
                .withValidator(value -> value.strip().length() <= NoticeDraft.BODY_MAX_LENGTH,
                        getTranslation(NoticeDraft.BODY_TOO_LONG))
                .bind(NoticeForm::getBody, NoticeForm::setBody);
        binder.forField(publishFrom).asRequired(getTranslation(NoticeDraft.PUBLISH_FROM_REQUIRED))
                .bind(NoticeForm::getPublishFrom, NoticeForm::setPublishFrom);
        Binding<NoticeForm, LocalDate> expiry = binder.forField(expiresOn)
                .withValidator(value -> value == null || publishFrom.getValue() == null
                        || !value.isBefore(publishFrom.getValue()),
                        getTranslation(NoticeDraft.EXPIRES_BEFORE_PUBLISH))
                .bind(NoticeForm::getExpiresOn, NoticeForm::setExpiresOn);
        publishFrom.addValueChangeListener(e -> {
            expiresOn.setMin(e.getValue());
            if (expiresOn.getValue() != null) {
                expiry.validate();
            }
        });
    }

    private void saveIfValid() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        fieldErrors.clear();
        Notice saved;
        try {
            saved = save.apply(form.toDraft());
        } catch (ValidationException e) {
            // the service's verdict can differ from ours (e.g. after an API change): shown at the fields it names;
            // a refusal about the notice itself (deleted meanwhile) closes the dialog
            if (fieldErrors.show(e, this::getTranslation).isEmpty()) {
                return;
            }
            close();
            onRefused.accept(e);
            return;
        } catch (RuntimeException e) {
            if (!Refusals.isUserCaused(e)) {
                throw e;
            }
            close();
            onRefused.accept(e);
            return;
        }
        close();
        onSaved.accept(saved);
    }
}
