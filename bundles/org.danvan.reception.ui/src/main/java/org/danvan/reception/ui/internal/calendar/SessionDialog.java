package org.danvan.reception.ui.internal.calendar;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.SessionDraft;
import org.danvan.reception.api.SessionKind;
import org.danvan.reception.ui.internal.Pickers;
import org.danvan.reception.ui.internal.Saving;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * Plans a reception session or changes a planned one. Element ids: {@code reception-session-dialog},
 * {@code reception-session-<date|place|kind|leaderName|leaderRole|note>}, {@code reception-session-save},
 * {@code reception-session-close}.
 */
public class SessionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    static final int TEXT_MAX = 255;
    static final int NOTE_MAX = 2000;

    final DatePicker date = Pickers.day("reception-session-date", getTranslation("reception.ui.session.date"));
    final TextField place = new TextField(getTranslation("reception.ui.session.place"));
    final ComboBox<SessionKind> kind = new ComboBox<>(getTranslation("reception.ui.session.kind"));
    final TextField leaderName = new TextField(getTranslation("reception.ui.session.leaderName"));
    final ComboBox<LeaderRole> leaderRole = new ComboBox<>(getTranslation("reception.ui.session.leaderRole"));
    final TextArea note = new TextArea(getTranslation("reception.ui.session.note"));
    /** An online session (Law 136/2025, art. 3a). */
    final com.vaadin.flow.component.checkbox.Checkbox online = new com.vaadin.flow.component.checkbox.Checkbox(
            getTranslation("reception.ui.session.online"));
    final Button save = new Button(getTranslation("reception.ui.save"));
    private final Binder<Plan> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors();

    /**
     * @param existing the planned session to change, {@code null} to plan a new one on {@code day}
     * @param saved called with the stored session
     * @param conflict called when the session changed meanwhile
     */
    public SessionDialog(ReceptionSchedule schedule, UserPrincipal user, long unitId, ReceptionSession existing,
            LocalDate day, Consumer<ReceptionSession> saved, Runnable conflict) {
        setId("reception-session-dialog");
        setHeaderTitle(getTranslation(existing == null ? "reception.ui.session.new" : "reception.ui.session.change"));
        place.setId("reception-session-place");
        kind.setId("reception-session-kind");
        leaderName.setId("reception-session-leaderName");
        leaderRole.setId("reception-session-leaderRole");
        note.setId("reception-session-note");
        place.setMaxLength(TEXT_MAX);
        leaderName.setMaxLength(TEXT_MAX);
        note.setMaxLength(NOTE_MAX);
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        leaderRole.setItems(LeaderRole.values());
        leaderRole.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        String required = getTranslation("reception.validation.required");
        binder.forField(date).asRequired(required).bind(p -> p.date, (p, v) -> p.date = v);
        binder.forField(place).asRequired(required).withValidator(length(2, TEXT_MAX)).bind(p -> p.place,
                (p, v) -> p.place = v);
        binder.forField(kind).asRequired(required).bind(p -> p.kind, (p, v) -> p.kind = v);
        binder.forField(leaderName).asRequired(required).withValidator(length(2, TEXT_MAX))
                .bind(p -> p.leaderName, (p, v) -> p.leaderName = v);
        binder.forField(leaderRole).asRequired(required).bind(p -> p.leaderRole, (p, v) -> p.leaderRole = v);
        binder.forField(note).withValidator(length(0, NOTE_MAX)).bind(p -> p.note, (p, v) -> p.note = v);
        online.setId("reception-session-online");
        online.setHelperText(getTranslation("reception.ui.session.online.help"));
        binder.forField(online).bind(p -> p.online, (p, v) -> p.online = v);
        errors.field(date, "date", "unitId").field(place, "place").field(kind, "kind").field(leaderName, "leaderName")
                .field(leaderRole, "leaderRole").field(note, "note");
        Plan plan = existing == null ? Plan.on(day) : Plan.of(existing);
        binder.readBean(plan);
        FormLayout form = new FormLayout(date, kind, place, leaderName, leaderRole, online, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(note, 2);
        add(form);
        save.setId("reception-session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!binder.writeBeanIfValid(plan)) {
                return;
            }
            SessionDraft draft = plan.toDraft(unitId);
            ReceptionSession stored = Saving.attempt(() -> existing == null ? schedule.schedule(draft, user)
                    : schedule.reschedule(existing.id(), existing.version(), draft, user), errors,
                    this::getTranslation, () -> {
                        close();
                        conflict.run();
                    });
            if (stored != null) {
                close();
                saved.accept(stored);
            }
        });
        Button cancel = new Button(getTranslation("reception.ui.cancel"), e -> close());
        cancel.setId("reception-session-close");
        getFooter().add(cancel, save);
        setWidth("min(40rem, 100vw)");
    }

    private StringLengthValidator length(int min, int max) {
        return new StringLengthValidator(getTranslation("reception.ui.validation.length", min, max), min, max);
    }

    /** What the form edits. */
    static final class Plan {
        LocalDate date;
        String place = "";
        SessionKind kind = SessionKind.REGULAR;
        String leaderName = "";
        LeaderRole leaderRole = LeaderRole.HEAD;
        String note = "";
        boolean online;

        static Plan on(LocalDate day) {
            Plan plan = new Plan();
            plan.date = day;
            return plan;
        }

        static Plan of(ReceptionSession session) {
            Plan plan = new Plan();
            plan.date = session.date();
            plan.place = session.place() == null ? "" : session.place();
            plan.kind = session.kind();
            plan.leaderName = session.plannedLeaderName() == null ? "" : session.plannedLeaderName();
            plan.leaderRole = session.plannedLeaderRole();
            plan.note = session.note() == null ? "" : session.note();
            plan.online = session.online();
            return plan;
        }

        SessionDraft toDraft(long unitId) {
            return new SessionDraft(unitId, date, place.strip(), kind, null, leaderName.strip(), leaderRole,
                    note.isBlank() ? null : note.strip(), online);
        }
    }
}
