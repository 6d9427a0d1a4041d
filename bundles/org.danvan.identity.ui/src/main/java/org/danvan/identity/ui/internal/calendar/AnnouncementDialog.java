package org.danvan.identity.ui.internal.calendar;

import java.util.List;
import java.util.function.Consumer;

import org.danvan.calendar.api.AnnouncementDraft;
import org.danvan.calendar.api.AnnouncementKind;
import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.calendar.api.CalendarAnnouncement;
import org.danvan.calendar.api.CalendarPreview;
import org.danvan.calendar.api.DeadlineImpact;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.Translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A new announcement. "Xem ảnh hưởng" validates it and shows how many open cases' due dates would move and by how
 * many days; saving is possible only after that, for exactly what was previewed (any change asks for a new preview).
 */
class AnnouncementDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Button save = new Button();
    private final Paragraph effect = new Paragraph();

    AnnouncementDialog(CalendarAdministration calendar, UserPrincipal actor, Consumer<CalendarAnnouncement> saved) {
        setId("calendar-dialog");
        setHeaderTitle(getTranslation("identity.ui.calendar.add"));
        DatePicker date = new DatePicker(getTranslation("identity.ui.calendar.date"));
        date.setId("calendar-date");
        date.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("identity.ui.calendar.today"),
                getTranslation("identity.ui.calendar.cancel")));
        ComboBox<AnnouncementKind> kind = new ComboBox<>(getTranslation("identity.ui.calendar.kind"));
        kind.setId("calendar-kind");
        kind.setItems(AnnouncementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("identity.ui.calendar.kind." + k.name()));
        ComboBox<String> holiday = new ComboBox<>(getTranslation("identity.ui.calendar.holiday"));
        holiday.setId("calendar-holiday");
        holiday.setItems(CalendarAdministration.STATUTORY_HOLIDAY_KEYS.stream().sorted().toList());
        holiday.setItemLabelGenerator(this::getTranslation);
        holiday.setVisible(false);
        kind.addValueChangeListener(e -> holiday.setVisible(e.getValue() == AnnouncementKind.PUBLIC_HOLIDAY));
        TextField name = new TextField(getTranslation("identity.ui.calendar.name"));
        name.setId("calendar-name");
        TextField document = new TextField(getTranslation("identity.ui.calendar.document"));
        document.setId("calendar-document");
        FieldErrors errors = new FieldErrors().field(date, "date").field(kind, "kind").field(holiday, "holidayKey")
                .field(name, "name").field(document, "legalDocument");
        effect.setId("calendar-effect");
        add(new FormLayout(date, kind, holiday, name, document), effect);

        java.util.function.Supplier<AnnouncementDraft> draft = () -> new AnnouncementDraft(date.getValue(),
                kind.getValue(), kind.getValue() == AnnouncementKind.PUBLIC_HOLIDAY ? holiday.getValue() : null,
                name.getValue(), document.getValue());
        List<com.vaadin.flow.component.HasValue<?, ?>> fields = List.of(date, kind, holiday, name, document);
        fields.forEach(field -> field.addValueChangeListener(e -> {
            save.setEnabled(false);
            effect.setText("");
        }));

        Button preview = new Button(getTranslation("identity.ui.calendar.preview"), e -> {
            CalendarPreview[] result = new CalendarPreview[1];
            FieldErrors.Attempt attempt = errors.attempt(() -> result[0] = calendar.previewAdd(actor, draft.get()),
                    this::getTranslation);
            if (attempt.refusal() != null) {
                Refusals.show(attempt.refusal(), this::getTranslation);
            }
            if (attempt.succeeded()) {
                effect.setText(describe(result[0], this::getTranslation));
                save.setEnabled(true);
            }
        });
        preview.setId("calendar-preview");
        save.setText(getTranslation("identity.ui.calendar.save"));
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> {
            CalendarAnnouncement[] stored = new CalendarAnnouncement[1];
            FieldErrors.Attempt attempt = errors.attempt(() -> stored[0] = calendar.add(actor, draft.get()),
                    this::getTranslation);
            if (attempt.keepOpen()) {
                save.setEnabled(false);
                return;
            }
            close();
            if (attempt.refusal() != null) {
                Refusals.show(attempt.refusal(), this::getTranslation);
            } else {
                Refusals.success(getTranslation("identity.ui.calendar.saved"));
                saved.accept(stored[0]);
            }
        });
        Button cancel = new Button(getTranslation("identity.ui.calendar.cancel"), e -> close());
        getFooter().add(cancel, preview, save);
    }

    /** The effect of a change in words: no day changes; no case moves; or how many move and by how many days. */
    static String describe(CalendarPreview preview, Translate translate) {
        if (preview.firstChangedDay() == null) {
            return translate.text("identity.ui.calendar.effect.noDay");
        }
        DeadlineImpact impact = preview.impact();
        String from = LocalizedDates.format(preview.firstChangedDay());
        if (impact.moved() == 0) {
            return translate.text("identity.ui.calendar.effect.none", from, impact.openChecked());
        }
        return impact.fewestDays() == impact.mostDays()
                ? translate.text("identity.ui.calendar.effect.same", from, impact.moved(), impact.openChecked(),
                        impact.mostDays())
                : translate.text("identity.ui.calendar.effect.range", from, impact.moved(), impact.openChecked(),
                        impact.fewestDays(), impact.mostDays());
    }
}
