package org.danvan.reception.ui.internal.calendar;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.ui.internal.Pickers;
import org.danvan.reception.ui.internal.Saving;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Records the preparation of an online session (Law 136/2025/QH15, new art. 3a): the day the citizens were notified
 * (at least 5 working days before) and the day the connection was tested (at least 1 working day before); late days
 * are warned by the calendar. Element ids: {@code reception-online-dialog}, {@code reception-online-notified},
 * {@code reception-online-tested}, {@code reception-online-save}.
 */
public class OnlinePreparationDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final DatePicker notified = Pickers.day("reception-online-notified",
            getTranslation("reception.ui.session.online.notifiedOn"));
    final DatePicker tested = Pickers.day("reception-online-tested",
            getTranslation("reception.ui.session.online.testedOn"));
    final Button save = new Button(getTranslation("reception.ui.save"));

    public OnlinePreparationDialog(ReceptionSchedule schedule, UserPrincipal user, ReceptionSession session,
            Consumer<ReceptionSession> saved, Runnable conflict) {
        setId("reception-online-dialog");
        setHeaderTitle(getTranslation("reception.ui.session.online.prepare"));
        notified.setValue(session.citizenNotifiedOn());
        tested.setValue(session.connectionTestedOn());
        for (DatePicker day : new DatePicker[] { notified, tested }) {
            day.setMax(session.date());
            day.setWidthFull();
        }
        FieldErrors errors = new FieldErrors().field(notified, "citizenNotifiedOn").field(tested, "connectionTestedOn");
        add(new Paragraph(getTranslation("reception.ui.session.online.help")), notified, tested);
        save.setId("reception-online-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            LocalDate n = notified.getValue();
            LocalDate t = tested.getValue();
            ReceptionSession stored = Saving.attempt(() -> schedule.recordOnlinePreparation(session.id(),
                    session.version(), n, t, user), errors, this::getTranslation, () -> {
                        close();
                        conflict.run();
                    });
            if (stored != null) {
                close();
                saved.accept(stored);
            }
        });
        Button cancel = new Button(getTranslation("reception.ui.cancel"), e -> close());
        cancel.setId("reception-online-close");
        getFooter().add(cancel, save);
        setWidth("min(30rem, 100vw)");
    }
}
