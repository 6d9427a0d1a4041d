package org.danvan.identity.ui.internal.users;

import java.util.ArrayList;
import java.util.List;

import org.danvan.identity.api.UserDraft;
import org.danvan.identity.api.UserSummary;

/** The user dialog's mutable bean for Vaadin's Binder; becomes an immutable {@link UserDraft} on save. */
final class UserForm {

    private String login = "";
    private String fullName = "";
    private String email = "";
    private String phone = "";
    private List<Long> unitIds = new ArrayList<>();

    static UserForm blank(Long defaultUnitId) {
        UserForm form = new UserForm();
        if (defaultUnitId != null) {
            form.unitIds.add(defaultUnitId);
        }
        return form;
    }

    static UserForm of(UserSummary user) {
        UserForm form = new UserForm();
        form.login = user.login();
        form.fullName = user.fullName();
        form.email = user.email() == null ? "" : user.email();
        form.phone = user.phone() == null ? "" : user.phone();
        form.unitIds = new ArrayList<>(user.unitIds());
        return form;
    }

    UserDraft toDraft() {
        return new UserDraft(login.strip().toLowerCase(java.util.Locale.ROOT), fullName.strip(),
                UserRules.optional(email), UserRules.optional(UserRules.normalizedPhone(phone)), List.copyOf(unitIds));
    }

    String getLogin() {
        return login;
    }

    void setLogin(String login) {
        this.login = login;
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        this.fullName = fullName;
    }

    String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    String getPhone() {
        return phone;
    }

    void setPhone(String phone) {
        this.phone = phone;
    }

    List<Long> getUnitIds() {
        return unitIds;
    }

    void setUnitIds(List<Long> unitIds) {
        this.unitIds = new ArrayList<>(unitIds);
    }
}
