package org.danvan.reception.ui.internal.calendar;

import java.util.function.Consumer;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.ui.internal.Saving;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * Records that a session was held and who actually received the citizens (the planned leader by default). A deputy
 * receiving from the delegation ban on is shown as a warning of the calendar. Element ids: {@code reception-held-dialog},
 * {@code reception-held-name}, {@code reception-held-role}, {@code reception-held-save}, {@code reception-held-close}.
 */
public class HeldDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final TextField name = new TextField(getTranslation("reception.ui.held.name"));
    final ComboBox<LeaderRole> role = new ComboBox<>(getTranslation("reception.ui.held.role"));
    final Button save = new Button(getTranslation("reception.ui.held.save"));

    public HeldDialog(ReceptionSchedule schedule, UserPrincipal user, ReceptionSession session,
            Consumer<ReceptionSession> saved, Runnable conflict) {
        setId("reception-held-dialog");
        setHeaderTitle(getTranslation("reception.ui.held.title"));
        name.setId("reception-held-name");
        name.setMaxLength(SessionDialog.TEXT_MAX);
        name.setWidthFull();
        role.setId("reception-held-role");
        role.setItems(LeaderRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setWidthFull();
        Binder<Receiver> binder = new Binder<>();
        String required = getTranslation("reception.validation.required");
        binder.forField(name).asRequired(required)
                .withValidator(new StringLengthValidator(
                        getTranslation("reception.ui.validation.length", 2, SessionDialog.TEXT_MAX), 2,
                        SessionDialog.TEXT_MAX))
                .bind(r -> r.name, (r, v) -> r.name = v);
        binder.forField(role).asRequired(required).bind(r -> r.role, (r, v) -> r.role = v);
        Receiver received = new Receiver();
        received.name = session.plannedLeaderName() == null ? "" : session.plannedLeaderName();
        received.role = session.plannedLeaderRole();
        binder.readBean(received);
        FieldErrors errors = new FieldErrors().field(name, "receivedByName").field(role, "receivedByRole");
        add(new Paragraph(getTranslation("reception.ui.held.help")), name, role);
        save.setId("reception-held-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (!binder.writeBeanIfValid(received)) {
                return;
            }
            ReceptionSession stored = Saving.attempt(() -> schedule.recordHeld(session.id(), session.version(), null,
                    received.name.strip(), received.role, user), errors, this::getTranslation, () -> {
                        close();
                        conflict.run();
                    });
            if (stored != null) {
                close();
                saved.accept(stored);
            }
        });
        Button cancel = new Button(getTranslation("reception.ui.cancel"), e -> close());
        cancel.setId("reception-held-close");
        getFooter().add(cancel, save);
        setWidth("min(30rem, 100vw)");
    }

    /** Who actually received the citizens. */
    static final class Receiver {
        String name;
        LeaderRole role;
    }
}
