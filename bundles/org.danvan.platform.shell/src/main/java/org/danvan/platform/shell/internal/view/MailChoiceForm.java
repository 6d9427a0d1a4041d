package org.danvan.platform.shell.internal.view;

import java.util.Locale;

import org.danvan.platform.api.notification.EmailDelivery;
import org.danvan.platform.api.notification.EmailDelivery.Mode;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;

/**
 * The user's own choice of notifications by e-mail, under the bell's list: off, each one, or a daily digest, and the
 * address. Shown only where the e-mail delivery is installed and configured. Element ids:
 * {@code notification-mail-mode}, {@code notification-mail-address}, {@code notification-mail-save},
 * {@code notification-mail-result}.
 */
final class MailChoiceForm extends Composite<Div> {

    private static final long serialVersionUID = 1L;

    private final transient EmailDelivery delivery;
    private final transient UserPrincipal user;
    private final Select<Mode> mode = new Select<>();
    private final EmailField address = new EmailField();
    private final Span result = new Span();

    MailChoiceForm(EmailDelivery delivery, UserPrincipal user) {
        this.delivery = delivery;
        this.user = user;
        mode.setId("notification-mail-mode");
        mode.setLabel(getTranslation("shell.notifications.mail"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("shell.notifications.mail." + m.name().toLowerCase(Locale.ROOT)));
        mode.setWidthFull();
        address.setId("notification-mail-address");
        address.setLabel(getTranslation("shell.notifications.mail.address"));
        address.setMaxLength(254);
        // the field's own pattern check has no words of its own: a refused address would stay red without a message
        String badAddress = getTranslation("mail.error.address");
        address.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(badAddress)
                .setMaxLengthErrorMessage(badAddress));
        address.setWidthFull();
        Button save = new Button(getTranslation("shell.notifications.mail.save"), e -> save());
        save.setId("notification-mail-save");
        save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        result.setId("notification-mail-result");
        result.addClassName("dv-notification-time");
        EmailDelivery.Choice choice = delivery.choice(user);
        mode.setValue(choice.mode());
        address.setValue(choice.address() == null ? "" : choice.address());
        address.setVisible(choice.mode() != Mode.OFF);
        mode.addValueChangeListener(e -> address.setVisible(e.getValue() != Mode.OFF));
        Div root = getContent();
        root.addClassName("dv-notification-mail");
        root.add(mode, address, save, result);
    }

    private void save() {
        address.setInvalid(false);
        result.setText("");
        try {
            delivery.choose(user, mode.getValue(), address.getValue());
            result.setText(getTranslation("shell.notifications.mail.saved"));
        } catch (ValidationException e) {
            for (Violation violation : e.violations()) {
                String message = getTranslation(violation.messageKey(), violation.args().toArray());
                if ("address".equals(violation.field())) {
                    address.setErrorMessage(message);
                    address.setInvalid(true);
                } else {
                    result.setText(message);
                }
            }
        }
    }
}
