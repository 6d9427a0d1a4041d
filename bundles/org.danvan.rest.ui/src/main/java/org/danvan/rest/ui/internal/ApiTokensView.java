package org.danvan.rest.ui.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.TreeSet;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.rest.api.ApiToken;
import org.danvan.rest.api.ApiTokenService;
import org.danvan.rest.api.IssuedToken;
import org.danvan.rest.api.TokenRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * "Mã truy cập API": the user's own personal access tokens with their scope, expiry and state; a new token (name,
 * expiry, permissions among the user's own) whose text is shown once in the dialog; revoking one. The service
 * decides and audits; refusals are shown at the fields or with the platform's {@link Refusals}.
 */
public class ApiTokensView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_DAYS = 90;

    private final transient ApiTokenService tokens;
    private final transient UserPrincipal user;
    private final Grid<ApiToken> grid = new Grid<>();

    public ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        this.user = SignedInUser.get().orElse(null);
        setId("api-tokens");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("api-ui.view.intro"));
        Anchor docs = new Anchor("/api/v1/docs", getTranslation("api-ui.view.docs"));
        docs.setId("api-docs-link");
        docs.setTarget("_blank");
        Button create = new Button(getTranslation("api-ui.view.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.setId("api-token-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(docs, create);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(intro, toolbar);

        grid.setId("api-token-list");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("api-ui.column.name")).setAutoWidth(true);
        grid.addColumn(ApiToken::publicId).setHeader(getTranslation("api-ui.column.publicId")).setAutoWidth(true);
        grid.addColumn(t -> String.join(", ", new TreeSet<>(t.scope()))).setHeader(
                getTranslation("api-ui.column.scope"));
        grid.addColumn(t -> LocalizedDates.format(t.expiresOn())).setHeader(getTranslation("api-ui.column.expires"))
                .setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("api-ui.column.state")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("api-ui.view.empty"));
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(user == null ? java.util.List.of() : tokens.mine(user));
    }

    private String state(ApiToken token) {
        if (token.revokedAt() != null) {
            return getTranslation("api-ui.state.revoked");
        }
        return token.isActiveOn(LocalizedDates.today()) ? getTranslation("api-ui.state.active")
                : getTranslation("api-ui.state.expired");
    }

    private Component revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("api-ui.view.revoke"), VaadinIcon.BAN.create(), e -> {
            try {
                tokens.revoke(user, String.valueOf(token.id()));
                Refusals.success(getTranslation("api-ui.view.revoked"));
            } catch (RuntimeException failure) {
                if (!Refusals.isUserCaused(failure)) {
                    throw failure;
                }
                Refusals.show(failure, this::getTranslation);
            }
            refresh();
        });
        revoke.setId("api-token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(token.revokedAt() == null);
        return revoke;
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setId("api-token-dialog");
        dialog.setHeaderTitle(getTranslation("api-ui.dialog.title"));
        TextField name = new TextField(getTranslation("api-ui.field.name"));
        name.setId("api-token-name");
        name.setMaxLength(100);
        name.setWidthFull();
        DatePicker expiry = new DatePicker(getTranslation("api-ui.field.expires"));
        expiry.setId("api-token-expiry");
        expiry.setValue(LocalizedDates.today().plusDays(DEFAULT_DAYS));
        expiry.setMin(LocalizedDates.today().plusDays(1));
        expiry.setMax(LocalizedDates.today().plusDays(ApiTokenService.MAX_VALIDITY_DAYS));
        CheckboxGroup<String> scope = new CheckboxGroup<>(getTranslation("api-ui.field.scope"));
        scope.setId("api-token-scope");
        scope.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scope.setItems(user == null ? java.util.List.of() : tokens.grantablePermissions(user));
        FieldErrors errors = new FieldErrors().field(name, "name").field(expiry, "expiresOn").field(scope, "scope");
        VerticalLayout form = new VerticalLayout(name, expiry, scope);
        form.setPadding(false);
        dialog.add(form);

        Button cancel = new Button(getTranslation("api-ui.dialog.cancel"), e -> dialog.close());
        Button save = new Button(getTranslation("api-ui.dialog.create"));
        save.setId("api-token-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            IssuedToken[] issued = new IssuedToken[1];
            LocalDate day = expiry.getValue();
            FieldErrors.Attempt attempt = errors.attempt(() -> issued[0] = tokens.create(user,
                    new TokenRequest(name.getValue(), day, new LinkedHashSet<>(scope.getValue()))),
                    this::getTranslation);
            if (issued[0] != null) {
                showOnce(dialog, form, save, cancel, issued[0]);
                refresh();
            } else if (attempt.refusal() != null) {
                dialog.close();
                Refusals.show(attempt.refusal(), this::getTranslation);
            }
        });
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    /** The token text, once: the dialog turns into a read-only copy field with a warning. */
    private void showOnce(Dialog dialog, VerticalLayout form, Button save, Button cancel, IssuedToken issued) {
        form.removeAll();
        Paragraph warning = new Paragraph(getTranslation("api-ui.created.warning"));
        warning.setId("api-token-warning");
        TextArea secret = new TextArea(getTranslation("api-ui.created.token"));
        secret.setId("api-token-secret");
        secret.setValue(issued.secretText());
        secret.setReadOnly(true);
        secret.setWidthFull();
        form.add(warning, secret);
        save.setVisible(false);
        cancel.setText(getTranslation("api-ui.created.close"));
        cancel.setId("api-token-close");
        dialog.setCloseOnOutsideClick(false);
    }
}
