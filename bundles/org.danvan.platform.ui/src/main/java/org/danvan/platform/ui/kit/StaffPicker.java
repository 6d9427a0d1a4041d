package org.danvan.platform.ui.kit;

import java.util.List;

import org.danvan.platform.api.security.StaffDirectory;
import org.danvan.platform.api.security.StaffMember;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * Picks a person of the staff by name (diacritics ignored: "cuong" finds "Lê Văn Cường") among those who hold a
 * permission at a unit — e.g. who may handle cases at Xã Tiên Du — each suggestion with the login beside the name,
 * so two people of the same name are told apart. Asks the {@link StaffDirectory} as the user types and never lists
 * more than a screenful.
 */
public final class StaffPicker extends ComboBox<StaffMember> {

    private static final long serialVersionUID = 1L;
    /** Suggestions shown at most. */
    static final int SUGGESTIONS = 30;
    /** Names are short; longer input is not looked up. */
    static final int MAX_INPUT = 80;

    private final transient StaffDirectory directory;
    private String permission;
    private long unitId;

    /**
     * @param directory the staff directory
     * @param id the element id
     * @param label the label
     * @param permission the permission the people must hold
     * @param unitId the unit where they must hold it
     */
    public StaffPicker(StaffDirectory directory, String id, String label, String permission, long unitId) {
        this.directory = directory;
        this.permission = permission;
        this.unitId = unitId;
        setId(id);
        setLabel(label);
        setPlaceholder(getTranslation("platform.ui.staff.picker.search"));
        setClearButtonVisible(true);
        setItemLabelGenerator(StaffMember::fullName);
        setRenderer(new ComponentRenderer<>(StaffPicker::suggestion));
        setItems(query -> suggestions(query.getFilter().orElse("")).stream().skip(query.getOffset())
                .limit(query.getLimit()));
    }

    /** Looks among the holders of another permission or at another unit from now on. */
    public void holding(String otherPermission, long otherUnitId) {
        this.permission = otherPermission;
        this.unitId = otherUnitId;
        getDataProvider().refreshAll();
    }

    List<StaffMember> suggestions(String typed) {
        if (typed != null && typed.length() > MAX_INPUT) {
            return List.of();
        }
        return directory.holders(permission, unitId, typed == null ? "" : typed, SUGGESTIONS);
    }

    private static Div suggestion(StaffMember member) {
        Span name = new Span(member.fullName());
        Span login = new Span(member.login());
        login.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin-inline-start", "var(--lumo-space-s)");
        return new Div(name, login);
    }
}
