package org.danvan.grassroots.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.danvan.grassroots.api.DisclosureForm;
import org.danvan.grassroots.api.Posting;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The forms of a disclosure: one line per form — used or not, its first day, and its number of consecutive days
 * (empty while it stays up). The value lists the forms used, in the order shown; the service's refusals about them
 * appear under the whole editor.
 */
final class PostingsEditor extends CustomField<List<Posting>> {

    private static final long serialVersionUID = 1L;

    private final Map<DisclosureForm, Line> lines = new EnumMap<>(DisclosureForm.class);

    private final class Line {
        final Checkbox used = new Checkbox();
        final DatePicker start = new DatePicker();
        final IntegerField days = new IntegerField();

        Line(DisclosureForm form) {
            String id = "gr-posting-" + form.name().toLowerCase(Locale.ROOT).replace('_', '-');
            used.setId(id);
            used.setLabel(getTranslation(form.labelKey()));
            start.setId(id + "-start");
            start.setAriaLabel(getTranslation("grassroots.ui.posting.start"));
            start.setPlaceholder(getTranslation("grassroots.ui.posting.start"));
            start.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("grassroots.ui.today"),
                    getTranslation("grassroots.ui.cancel")));
            days.setId(id + "-days");
            days.setAriaLabel(getTranslation("grassroots.ui.posting.daysLabel"));
            days.setPlaceholder(getTranslation("grassroots.ui.posting.daysLabel"));
            days.setMin(1);
            days.setMax(Posting.MAX_DAYS);
            days.setStepButtonsVisible(false);
            used.addValueChangeListener(e -> {
                enable(e.getValue());
                if (e.getValue() && start.isEmpty()) {
                    start.setValue(LocalizedDates.today());
                }
                updateValue();
            });
            start.addValueChangeListener(e -> updateValue());
            days.addValueChangeListener(e -> updateValue());
            enable(false);
        }

        void enable(boolean on) {
            start.setEnabled(on);
            days.setEnabled(on);
        }
    }

    PostingsEditor() {
        setId("gr-postings");
        setLabel(getTranslation("grassroots.ui.field.postings"));
        setHelperText(getTranslation("grassroots.ui.field.postings.helper"));
        FormLayout grid = new FormLayout();
        grid.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        for (DisclosureForm form : DisclosureForm.values()) {
            Line line = new Line(form);
            lines.put(form, line);
            grid.add(line.used, line.start, line.days);
        }
        add(grid);
    }

    @Override
    protected List<Posting> generateModelValue() {
        List<Posting> postings = new ArrayList<>();
        lines.forEach((form, line) -> {
            if (line.used.getValue()) {
                postings.add(new Posting(form, line.start.getValue(), line.days.getValue()));
            }
        });
        return postings;
    }

    @Override
    protected void setPresentationValue(List<Posting> postings) {
        lines.values().forEach(line -> {
            line.used.setValue(false);
            line.start.clear();
            line.days.clear();
        });
        if (postings != null) {
            for (Posting p : postings) {
                Line line = lines.get(p.form());
                line.used.setValue(true);
                line.start.setValue(p.startOn());
                line.days.setValue(p.days());
            }
        }
    }

    /** Starts a new disclosure's first form (posted at the office) on a day. */
    void startWith(DisclosureForm form, LocalDate day) {
        Line line = lines.get(form);
        line.used.setValue(true);
        line.start.setValue(day);
    }
}
